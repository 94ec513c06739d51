namespace PolicyLibrary.Web.Hosting;

/// <summary>The <c>PolicyLibrary</c> section of configuration (environment: <c>PolicyLibrary__DataPath</c> …).</summary>
public sealed class PolicyLibraryOptions
{
    public const string Section = "PolicyLibrary";

    /// <summary>The database provider: <c>Sqlite</c> (the embedded default) or <c>PostgreSql</c>; see <see cref="LibraryDatabases"/>.</summary>
    public string Database { get; set; } = LibraryDatabases.Sqlite;

    /// <summary>Where the SQLite database (by default) and stored media live; relative paths are under the app's content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The content/ folder imported on first run; empty means "find content/ above the app".</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>The active theme: the Razor Class Library named <c>PolicyLibrary.Themes.{Theme}</c>.</summary>
    public string Theme { get; set; } = "Default";

    public bool ImportContentOnFirstRun { get; set; } = true;

    /// <summary>
    /// Whether this process runs the scheduled publisher and the daily backup. Each item is done once whatever the number
    /// of nodes (conditional updates, a lease), so every node may keep it on; turn it off on nodes that should only serve.
    /// </summary>
    public bool BackgroundWork { get; set; } = true;

    /// <summary>
    /// Where stored media live; empty means <c>{DataPath}/media</c>. With several nodes, a folder every node mounts
    /// (NFS, a cluster file system): a file uploaded through one node is then served by all.
    /// </summary>
    public string MediaPath { get; set; } = "";

    /// <summary>
    /// Addresses of the reverse proxies in front (such as <c>127.0.0.1</c>, <c>10.0.0.5</c>): only their
    /// X-Forwarded-For and X-Forwarded-Proto are believed, for the client's address and the scheme. Empty: none.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    public AdminOptions Admin { get; set; } = new();

    public sealed class AdminOptions
    {
        public string UserName { get; set; } = "admin";
        public string Email { get; set; } = "admin@xialu.gov.cn";

        /// <summary>The first administrator's password; when empty one is generated and printed once.</summary>
        public string Password { get; set; } = "";
    }
}
