using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyLibrary.Tests.Support;

/// <summary>
/// The built site (<c>src/PolicyLibrary.Web/bin/&lt;Configuration&gt;/net10.0</c>) as a process of its own on a free
/// loopback port: for what only separate processes show, such as two nodes on one database. Killed on dispose.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote last, to make a failure readable.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts the site on <paramref name="dataPath"/> with <paramref name="settings"/> (configuration keys) and waits for
    /// /health; on <paramref name="port"/> when given (a node restarted where the proxy expects it), else a free one.
    /// </summary>
    public static async Task<SiteProcess> StartAsync(string dataPath, IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        port ??= FreePort();
        var site = new SiteProcess(new Process { StartInfo = StartInfo(dataPath, settings, "--urls", $"http://127.0.0.1:{port}") }, new Uri($"http://127.0.0.1:{port}/"));
        site._process.OutputDataReceived += (_, e) => site.Remember(e.Data);
        site._process.ErrorDataReceived += (_, e) => site.Remember(e.Data);
        site._process.Start();
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        try
        {
            // Generous: nodes starting together on a loaded two-core machine wait for each other's first run.
            await site.WaitUntilHealthyAsync(TimeSpan.FromSeconds(300));
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }

        return site;
    }

    /// <summary>Runs one of the site's commands (<c>import</c>, <c>import-users</c> …) with the same settings, and insists it succeeds.</summary>
    public static async Task RunAsync(string dataPath, IReadOnlyDictionary<string, string> settings, params string[] command)
    {
        using var process = Process.Start(StartInfo(dataPath, settings, command)) ?? throw new InvalidOperationException($"could not run {command[0]}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', command)}` exited with {process.ExitCode}:{Environment.NewLine}{await output}{await error}");
        }
    }

    /// <summary>Starts one of the site's commands without waiting for it, for a test that kills it part-way; output lines go to <paramref name="output"/>.</summary>
    public static Process StartCommand(string dataPath, IReadOnlyDictionary<string, string> settings, Action<string> output, params string[] command)
    {
        var process = new Process { StartInfo = StartInfo(dataPath, settings, command) };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { output(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { output(line); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The built site with these arguments, in Production, on its own data folder and the repository's content/.</summary>
    private static ProcessStartInfo StartInfo(string dataPath, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        // bin/<Configuration>/net10.0: the site is taken from the same configuration as the tests.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
        var bin = Path.Combine(RepositoryPaths.Root, "src", "PolicyLibrary.Web", "bin", configuration, "net10.0");
        var dll = Path.Combine(bin, "PolicyLibrary.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist; build the solution first: dotnet build PolicyLibrary.sln -c {configuration}");
        }

        var start = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet",
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var inherited in new[] { "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ConnectionStrings__PolicyLibrary" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["PolicyLibrary__DataPath"] = dataPath;
        start.Environment["PolicyLibrary__ContentPath"] = RepositoryPaths.Content;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still migrating and importing.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/health did not answer 200 within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>kill -9: no shutdown, requests under way are cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
