using System.Diagnostics;
using Npgsql;

namespace PolicyLibrary.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster of Debian's server on a free loopback port, as <c>.ci/test</c> makes one (initdb,
/// pg_ctl; as the postgres user when the tests run as root): for a test that stops the server under running sites,
/// which it must never do to the shared one. Stopped and removed on dispose.
/// </summary>
public sealed class PostgreSqlCluster : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly TempFolder _folder;
    private readonly int _port;

    private PostgreSqlCluster(TempFolder folder, int port)
    {
        _folder = folder;
        _port = port;
    }

    /// <summary>The server's connection string (database postgres).</summary>
    public string Server => $"Host=127.0.0.1;Port={_port};Username=postgres";

    public static async Task<PostgreSqlCluster> StartAsync()
    {
        var folder = new TempFolder();
        var cluster = new PostgreSqlCluster(folder, SiteProcess.FreePort());
        try
        {
            Directory.CreateDirectory(folder["data"]);
            Directory.CreateDirectory(folder["socket"]);
            if (Environment.UserName == "root")
            {
                await RunAsync("/usr/bin/chown", "-R", "postgres", folder.Path);
            }

            // C.UTF-8 and fsync off, as in .ci/test: a cluster that lives for one fixture.
            await AsPostgresAsync($"{Bin}/initdb", "-D", folder["data"], "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
            await cluster.StartAgainAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new database on this server.</summary>
    public async Task<string> NewDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>pg_ctl start, waiting until it accepts connections.</summary>
    public Task StartAgainAsync() => AsPostgresAsync($"{Bin}/pg_ctl", "-D", _folder["data"], "-l", _folder["server.log"], "-w",
        "-o", $"-p {_port} -k {_folder["socket"]} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");

    /// <summary>pg_ctl stop -m fast: the server ends every session and goes, as when an operator stops it.</summary>
    public Task StopAsync() => AsPostgresAsync($"{Bin}/pg_ctl", "-D", _folder["data"], "-m", "fast", "-w", "stop");

    private static Task AsPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "root" ? RunAsync("/usr/sbin/runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgresAsync($"{Bin}/pg_ctl", "-D", _folder["data"], "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Not running (stopped by the test, or never started).
        }

        _folder.Dispose();
    }
}
