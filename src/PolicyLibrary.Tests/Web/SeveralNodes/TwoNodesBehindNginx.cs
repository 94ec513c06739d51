using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.SeveralNodes;

/// <summary>
/// Two site processes on one PostgreSQL database, started together, each with a data folder of its own (so nothing is
/// shared through a local folder but the media folder named in configuration), and nginx in front with
/// docs/deploy/policylibrary.nginx.conf. A reviewer account comes from the <c>import-users</c> command.
/// </summary>
public sealed class TwoNodesBehindNginx : IAsyncLifetime, IDisposable
{
    public const string Reviewer = "node-reviewer";
    public const string Password = "Staff-Passw0rd!";

    private readonly TempFolder _folder = new();
    private TemporaryDatabase? _database;
    private Dictionary<string, string> _settings = [];

    public SiteProcess A { get; private set; } = null!;

    public SiteProcess B { get; private set; } = null!;

    public NginxProcess Nginx { get; private set; } = null!;

    public DbContextOptions<PolicyLibraryDbContext> Options { get; private set; } = null!;

    private string DataOf(string node) => Directory.CreateDirectory(_folder[node]).FullName;

    public async Task InitializeAsync()
    {
        if (!TestProvider.IsPostgreSql)
        {
            return; // the tests are PostgreSQL's and skip
        }

        _database = new TemporaryDatabase(_folder, "unused.db");
        Options = TestProvider.Options(_database.ConnectionString);
        _settings = new Dictionary<string, string>
        {
            ["PolicyLibrary:Database"] = TestProvider.Name,
            ["ConnectionStrings:PolicyLibrary"] = _database.ConnectionString,
            ["PolicyLibrary:Admin:Password"] = SiteFactory.AdminPassword,
            ["PolicyLibrary:MediaPath"] = Directory.CreateDirectory(_folder["shared-media"]).FullName,
            ["PolicyLibrary:KnownProxies:0"] = "127.0.0.1",
            ["PolicyLibrary:PublishIntervalSeconds"] = "1",
        };
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

    /// <summary>A client whose cookies (per host, so shared by both nodes on 127.0.0.1) are signed in through <paramref name="node"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri node)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = node };
        using var response = await client.PostFormAsync("/account/login", "/account/login",
            [new("UserName", Reviewer), new("Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

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
    }

    /// <summary>After <see cref="DisposeAsync"/> (xUnit calls both): the processes are gone, so the database and folders can go.</summary>
    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
