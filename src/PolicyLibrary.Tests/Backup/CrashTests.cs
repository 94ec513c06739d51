using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

/// <summary>kill -9 in the middle of work: afterwards the database opens, passes its checks, and holds all or nothing. (SQLite: the backup commands are SQLite-only so far.)</summary>
[Collection(ProcessesCollection.Name)]
public sealed class CrashTests
{
    private static readonly Dictionary<string, string> Settings = new() { ["PolicyLibrary:Admin:Password"] = SiteFactory.AdminPassword };

    [SqliteOnlyFact]
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

        await using (var db = new PolicyLibraryDbContext(TestProvider.Options($"Data Source={data["policylibrary.db"]};Pooling=False")))
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

    [SqliteOnlyFact]
    public async Task Publishing_ShouldMoveEachPacketWhole_WhenTheSiteIsKilledWhilePublishing()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string>(Settings) { ["PolicyLibrary:PublishIntervalSeconds"] = "1" };
        var options = TestProvider.Options($"Data Source={data["policylibrary.db"]};Pooling=False");
        List<int> ids;
        await using (var site = await SiteProcess.StartAsync(data.Path, settings))
        {
            var due = DateTime.UtcNow.AddSeconds(25);
            ids = await ScheduledPackets.CreateAsync(options, 60, withInterpretation: true, _ => due);
            // Killed at a random moment around the first tick after the packets fall due.
            await Task.Delay(due - DateTime.UtcNow + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1500)));
        }

        await using (var db = new PolicyLibraryDbContext(options))
        {
            var documents = await db.Documents.AsNoTracking().Include(d => d.Interpretations).Where(d => ids.Contains(d.Id)).ToListAsync();
            Assert.All(documents, d => Assert.All(d.Interpretations, i => Assert.Equal(d.Status, i.Status)));
        }

        await SiteProcess.RunAsync(data.Path, Settings, "check");

        // Started again, the site publishes what is left, each item once.
        await using (var restarted = await SiteProcess.StartAsync(data.Path, settings))
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await Review.TwoSiteProcessesTests.PublishedAsync(options, ids)).Count < ids.Count * 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }

        var published = await Review.TwoSiteProcessesTests.PublishedAsync(options, ids);
        Assert.All(ids, id => Assert.Equal(2, published.Count(e => e.DocumentId == id)));
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
