using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

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

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<string> _serverOutput = new();
    private Process? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The configuration this assembly was built in; the site is taken from the same bin/&lt;Configuration&gt; folder.</summary>
    public static string Configuration { get; } =
        typeof(SiteFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";

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
    public string ServerOutput => string.Join(Environment.NewLine, _serverOutput);

    private async Task StartSiteAsync()
    {
        var binFolder = Path.Combine(RepositoryRoot, "src", "PolicyLibrary.Web", "bin", Configuration, "net10.0");
        var dll = Path.Combine(binFolder, "PolicyLibrary.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist; build the solution first: dotnet build PolicyLibrary.sln -c {Configuration}");
        }

        Directory.CreateDirectory(DataPath);
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");

        var start = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet",
            WorkingDirectory = binFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["PolicyLibrary__DataPath"] = DataPath;
        start.Environment["PolicyLibrary__ContentPath"] = Path.Combine(RepositoryRoot, "content");
        start.Environment["PolicyLibrary__Admin__Password"] = AdminPassword;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ConnectionStrings__PolicyLibrary");

        // Staff accounts exist before the site starts: the content (and so the org units) is imported, then the users.
        await RunCommandAsync(start, "import", Path.Combine(RepositoryRoot, "content"));
        var users = Path.Combine(DataPath, "users.csv");
        await File.WriteAllLinesAsync(users, ["用户名,姓名,邮箱,单位代码,角色,初始密码", .. StaffAccounts.Select(a => $"{a.UserName},{a.DisplayName},{a.UserName}@xialu.gov.cn,{a.UnitCode},{a.Role},{StaffPassword}")]);
        await RunCommandAsync(start, "import-users", users);

        _server = new Process { StartInfo = start };
        _server.OutputDataReceived += (_, e) => Remember(e.Data);
        _server.ErrorDataReceived += (_, e) => Remember(e.Data);
        _server.Start();
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupTimeout)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {_server.ExitCode} before it was ready:{Environment.NewLine}{ServerOutput}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating and importing.
            }

            await Task.Delay(250);
        }

        StopSite();
        throw new TimeoutException($"GET /health did not answer 200 within {StartupTimeout.TotalSeconds} s:{Environment.NewLine}{ServerOutput}");
    }

    /// <summary>The staff accounts imported (from a CSV file, as an administrator would) before the site starts.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string UnitCode, string Role)> StaffAccounts =
    [
        ("e2e-drafter", "王起草", "gov-office", "起草人"),
        ("e2e-reviewer", "李审核", "legal-affairs", "审核人"),
        ("e2e-other", "赵财政", "finance", "起草人"),
        ("e2e-coordinator", "孙培训", "gov-office", "培训管理员"),
        ("e2e-staff", "周学员", "finance", "工作人员"),
    ];

    public const string StaffPassword = "E2e-Staff-Passw0rd!";

    /// <summary>Runs a command of the site (<c>import</c>, <c>import-users</c>) with the site's configuration, and insists it succeeds.</summary>
    private static async Task RunCommandAsync(ProcessStartInfo site, string command, string argument)
    {
        var start = new ProcessStartInfo { FileName = site.FileName, WorkingDirectory = site.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(site.ArgumentList[0]);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.Where(k => !site.Environment.ContainsKey(k)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in site.Environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{command} {argument}` exited with {process.ExitCode}:{Environment.NewLine}{await output}{await error}");
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _serverOutput.Enqueue(line);
        while (_serverOutput.Count > 200 && _serverOutput.TryDequeue(out _))
        {
        }
    }

    private void StopSite()
    {
        if (_server is not null)
        {
            try
            {
                if (!_server.HasExited)
                {
                    _server.Kill(entireProcessTree: true);
                    _server.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _server.Dispose();
            _server = null;
        }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyLibrary.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PolicyLibrary.sln above {AppContext.BaseDirectory}.");
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
