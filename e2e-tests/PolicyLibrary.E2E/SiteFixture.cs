using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.E2E;

/// <summary>
/// One running site and one headless Chromium for the whole collection. The site is the built
/// <c>PolicyLibrary.Web.dll</c>, started as its own process on a free port with a fresh data folder, so every run
/// migrates a new SQLite database and imports content/ exactly as a first production start would.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime, IDisposable
{
    public const string AdminPassword = "E2e-Admin-Passw0rd!";

    /// <summary>Debian's Chromium; <c>POLICYLIBRARY_E2E_CHROMIUM</c> points somewhere else if need be.</summary>
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("POLICYLIBRARY_E2E_CHROMIUM") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";

    private SiteProcess? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "policylibrary-e2e-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    public async Task InitializeAsync()
    {
        // The site migrates and imports while Chromium starts.
        var site = StartSiteAsync();
        var browser = LaunchBrowserAsync();
        try
        {
            await Task.WhenAll(site, browser);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task LaunchBrowserAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}; install it with `apt-get install chromium fonts-noto-cjk` (.ci/test does, as root).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        Dispose();
    }

    /// <summary>Also the last resort if the test run is torn down without <see cref="DisposeAsync"/>.</summary>
    public void Dispose()
    {
        _playwright?.Dispose();
        _playwright = null;
        StopSite();
    }

    /// <summary>A fresh, isolated browser context (own cookies) on the site; the caller closes it.</summary>
    public async Task<IBrowserContext> NewContextAsync(Viewport viewport, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUri.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>The last lines the site wrote, to make a failure readable.</summary>
    public string ServerOutput => _server?.Output ?? "";

    private async Task StartSiteAsync()
    {
        Directory.CreateDirectory(DataPath);
        var settings = new Dictionary<string, string> { ["PolicyLibrary:Admin:Password"] = AdminPassword };

        // Staff accounts exist before the site starts: the content (and so the org units) is imported, then the users.
        await SiteProcess.RunAsync(DataPath, settings, "import", RepositoryPaths.Content);
        var users = Path.Combine(DataPath, "users.csv");
        await File.WriteAllLinesAsync(users, ["用户名,姓名,邮箱,单位代码,角色,初始密码", .. StaffAccounts.Select(a => $"{a.UserName},{a.DisplayName},{a.UserName}@xialu.gov.cn,{a.UnitCode},{a.Role},{StaffPassword}")]);
        await SiteProcess.RunAsync(DataPath, settings, "import-users", users);

        _server = await SiteProcess.StartAsync(DataPath, settings);
        BaseUri = _server.Address;
    }

    /// <summary>The staff accounts imported (from a CSV file, as an administrator would) before the site starts.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string UnitCode, string Role)> StaffAccounts =
    [
        ("e2e-drafter", "王起草", "gov-office", "起草人"),
        ("e2e-reviewer", "李审核", "legal-affairs", "审核人"),
        ("e2e-other", "赵财政", "finance", "起草人"),
        ("e2e-coordinator", "孙培训", "gov-office", "培训管理员"),
        ("e2e-staff", "周学员", "finance", "工作人员"),
        ("e2e-learner", "吴学习", "finance", "工作人员"),
    ];

    public const string StaffPassword = "E2e-Staff-Passw0rd!";

    private void StopSite()
    {
        // Dispose is synchronous here: it is also the last resort when the run is torn down without DisposeAsync.
        _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server = null;

        try
        {
            if (Directory.Exists(DataPath))
            {
                Directory.Delete(DataPath, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned up by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
