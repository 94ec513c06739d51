using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Data.Sqlite;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

/// <summary>kill -9 in the middle of work: afterwards the database opens, passes its checks, and holds all or nothing.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class CrashTests
{
    private static readonly Dictionary<string, string> Settings = new() { ["PolicyLibrary:Admin:Password"] = SiteFactory.AdminPassword };

    [Fact]
    public async Task Import_ShouldLeaveAllOrNothing_WhenKilledWhileWriting20000Documents()
    {
        using var data = new TempFolder();
        using var content = new TempFolder();
        await GenerateAsync(20_000, content.Path);

        var output = new ConcurrentQueue<string>();
        using (var import = SiteProcess.StartCommand(data.Path, Settings, output.Enqueue, "import", content.Path))
        {
            // Kill once the documents are being written (a random moment inside the one import transaction).
            var clock = Stopwatch.StartNew();
            while (!output.Any(l => l.Contains("政策文件", StringComparison.Ordinal)) && !import.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(100);
            }

            await Task.Delay(Random.Shared.Next(500, 4000));
            Assert.False(import.HasExited, "the import ended before it could be killed:" + Environment.NewLine + string.Join(Environment.NewLine, output));
            import.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            await import.WaitForExitAsync();
        }

        await using (var db = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseSqlite($"Data Source={data["policylibrary.db"]};Pooling=False", SqliteData.Configure).Options))
        {
            Assert.Equal(0, await db.Documents.CountAsync());
            Assert.Equal(0, await db.Interpretations.CountAsync());
            Assert.Equal(0, await db.Categories.CountAsync());
        }

        await SiteProcess.RunAsync(data.Path, Settings, "check");
        await using var site = await SiteProcess.StartAsync(data.Path, Settings);
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(site.Address, "/documents"))).StatusCode);
    }

    /// <summary>The benchmark's generator (built with the solution) writes a content folder of <paramref name="count"/> documents.</summary>
    private static async Task GenerateAsync(int count, string folder)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
        var bench = Path.Combine(RepositoryPaths.Root, "src", "PolicyLibrary.Bench", "bin", configuration, "net10.0", "PolicyLibrary.Bench.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { bench, "generate", count.ToString(System.Globalization.CultureInfo.InvariantCulture), folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
    }
}
