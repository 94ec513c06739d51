using System.Diagnostics;
using System.Net.Sockets;

namespace PolicyLibrary.Tests.Support;

/// <summary>
/// Debian's nginx (<c>nginx-light</c>) on a free loopback port, running <c>docs/deploy/policylibrary.nginx.conf</c> with the
/// nodes' addresses put in place of the documented ones; its files live in a folder of its own. Stopped on dispose.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/nginx";
    private readonly Process _process;
    private readonly TempFolder _folder;

    private NginxProcess(Process process, TempFolder folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static bool IsInstalled => File.Exists(Binary);

    public static async Task<NginxProcess> StartAsync(params Uri[] nodes)
    {
        var folder = new TempFolder();
        var port = SiteProcess.FreePort();
        var site = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "deploy", "policylibrary.nginx.conf"));
        // The documented nodes are 127.0.0.1:5081, :5082 …; the test's are wherever they listen.
        for (var i = 0; i < nodes.Length; i++)
        {
            site = site.Replace($"127.0.0.1:{5081 + i}", $"{nodes[i].Host}:{nodes[i].Port}", StringComparison.Ordinal);
        }

        site = site.Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        var temp = folder.Path;
        await File.WriteAllTextAsync(folder["nginx.conf"], $$"""
            daemon off;
            worker_processes 1;
            pid {{temp}}/nginx.pid;
            error_log {{temp}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
            {{site}}
            }
            """);
        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-e", folder["error.log"], "-p", temp, "-c", folder["nginx.conf"] })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new NginxProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        var clock = Stopwatch.StartNew();
        while (!await ListensAsync(port))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                var log = File.Exists(folder["error.log"]) ? await File.ReadAllTextAsync(folder["error.log"]) : "";
                await nginx.DisposeAsync();
                throw new InvalidOperationException($"nginx did not listen on {port}: {await process.StandardError.ReadToEndAsync()}{log}");
            }

            await Task.Delay(100);
        }

        return nginx;
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _folder.Dispose();
    }
}
