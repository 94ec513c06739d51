using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.SeveralNodes;

/// <summary>
/// Two site processes on one PostgreSQL database of a cluster of their own (so a test may stop the server), started together, each with a data folder of its own (so nothing is
/// shared through a local folder but the media folder named in configuration), and nginx in front with
/// docs/deploy/policylibrary.nginx.conf. A reviewer account comes from the <c>import-users</c> command.
/// </summary>
public sealed class TwoNodesBehindNginx : IAsyncLifetime, IDisposable
{
    public const string Reviewer = "node-reviewer";
    public const string Password = "Staff-Passw0rd!";

    private readonly TempFolder _folder = new();
    private Dictionary<string, string> _settings = [];

    public SiteProcess A { get; private set; } = null!;

    public SiteProcess B { get; private set; } = null!;

    public NginxProcess Nginx { get; private set; } = null!;

    /// <summary>The nodes' own PostgreSQL server, which a test may stop and start again.</summary>
    public PostgreSqlCluster Cluster { get; private set; } = null!;

    public DbContextOptions<PolicyLibraryDbContext> Options { get; private set; } = null!;

    /// <summary>The nodes' settings, for a command run from a shell beside them (<c>import</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public string DataOf(string node) => Directory.CreateDirectory(_folder[node]).FullName;

    public async Task InitializeAsync()
    {
        if (!TestProvider.IsPostgreSql)
        {
            return; // the tests are PostgreSQL's and skip
        }

        Cluster = await PostgreSqlCluster.StartAsync();
        var database = await Cluster.NewDatabaseAsync("policylibrary");
        Options = TestProvider.Options(database);
        _settings = SiteSettings.For(database);
        _settings["PolicyLibrary:MediaPath"] = Directory.CreateDirectory(_folder["shared-media"]).FullName;
        _settings["PolicyLibrary:KnownProxies:0"] = "127.0.0.1";
        _settings["PolicyLibrary:PublishIntervalSeconds"] = "1";
        var a = SiteProcess.StartAsync(DataOf("a"), _settings);
        var b = SiteProcess.StartAsync(DataOf("b"), _settings);
        A = await a;
        B = await b;
        var csv = _folder["staff.csv"];
        await File.WriteAllTextAsync(csv, $"用户名,姓名,邮箱,单位代码,角色,初始密码\n{Reviewer},李审核,{Reviewer}@xialu.gov.cn,gov-office,审核人;起草人,{Password}\n");
        await SiteProcess.RunAsync(DataOf("a"), _settings, "import-users", csv);
        Nginx = await NginxProcess.StartAsync(A.Address, B.Address);
    }

    /// <summary>Starts node B again where nginx expects it, after a kill.</summary>
    public async Task RestartBAsync()
    {
        B = await SiteProcess.StartAsync(DataOf("b"), _settings, B.Address.Port);
    }

    /// <summary>A client of the reviewer signed in through <paramref name="node"/>; its cookies (per host) reach both nodes on 127.0.0.1.</summary>
    public static Task<HttpClient> SignedInAsync(Uri node) => SignedInClients.SignedInAsync(node, Reviewer, Password);

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }

    /// <summary>After <see cref="DisposeAsync"/> (xUnit calls both): the processes are gone, so the folders can go.</summary>
    public void Dispose() => _folder.Dispose();
}
