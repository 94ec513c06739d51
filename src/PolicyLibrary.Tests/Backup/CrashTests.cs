using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

/// <summary>kill -9 in the middle of work, on the provider under test: afterwards the database opens, passes its checks, and holds all or nothing.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class CrashTests
{
    [Fact]
    public async Task Import_ShouldLeaveAllOrNothing_WhenKilledWhileWriting20000Documents()
    {
        using var data = new TempFolder();
        using var content = new TempFolder();
        using var database = new TemporaryDatabase(data, "policylibrary.db");
        var siteSettings = SiteSettings.For(database);
        await GenerateAsync(20_000, content.Path);

        var output = new ConcurrentQueue<string>();
        using (var import = SiteProcess.StartCommand(data.Path, siteSettings, output.Enqueue, "import", content.Path))
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

        await using (var db = new PolicyLibraryDbContext(TestProvider.Options(database.ConnectionString)))
        {
            Assert.Equal(0, await db.Documents.CountAsync());
            Assert.Equal(0, await db.Interpretations.CountAsync());
            Assert.Equal(0, await db.Categories.CountAsync());
        }

        await SiteProcess.RunAsync(data.Path, siteSettings, "check");
        await using var site = await SiteProcess.StartAsync(data.Path, siteSettings);
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(site.Address, "/documents"))).StatusCode);
    }

    [Fact]
    public async Task Publishing_ShouldMoveEachPacketWhole_WhenTheSiteIsKilledWhilePublishing()
    {
        using var data = new TempFolder();
        using var database = new TemporaryDatabase(data, "policylibrary.db");
        var siteSettings = SiteSettings.For(database);
        var settings = new Dictionary<string, string>(siteSettings) { ["PolicyLibrary:PublishIntervalSeconds"] = "1" };
        var options = TestProvider.Options(database.ConnectionString);
        List<int> ids;
        await using (var site = await SiteProcess.StartAsync(data.Path, settings))
        {
            // Due 15 s after the first approval, however long the writing took on a loaded machine.
            DateTime? due = null;
            ids = await ScheduledPackets.CreateAsync(options, 60, withInterpretation: true, _ => due ??= DateTime.UtcNow.AddSeconds(15));
            // Killed at a random moment around the first tick after the packets fall due.
            await Task.Delay(due!.Value - DateTime.UtcNow + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1500)));
        }

        await using (var db = new PolicyLibraryDbContext(options))
        {
            var documents = await db.Documents.AsNoTracking().Include(d => d.Interpretations).Where(d => ids.Contains(d.Id)).ToListAsync();
            Assert.All(documents, d => Assert.All(d.Interpretations, i => Assert.Equal(d.Status, i.Status)));
        }

        await SiteProcess.RunAsync(data.Path, siteSettings, "check");

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

    [Fact]
    public async Task CheckIn_ShouldKeepEveryAnsweredScanOnce_WhenTheSiteIsKilledDuringABurst()
    {
        const int staff = 60;
        using var data = new TempFolder();
        using var database = new TemporaryDatabase(data, "policylibrary.db");
        var siteSettings = SiteSettings.For(database);
        var csv = new System.Text.StringBuilder("用户名,姓名,邮箱,单位代码,角色,初始密码\n");
        for (var i = 1; i <= staff; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"crash-{i:D3},签到人员{i:D3},crash-{i:D3}@test.example,gov-office,工作人员,{SignedInClients.StaffPassword}\n");
        }

        await File.WriteAllTextAsync(data["staff.csv"], csv.ToString());

        int sessionId;
        var answered = new ConcurrentBag<string>();
        List<Task> burst;
        await using (var site = await SiteProcess.StartAsync(data.Path, siteSettings))
        {
            await SiteProcess.RunAsync(data.Path, siteSettings, "import-users", data["staff.csv"]); // the site has seeded the units
            var admin = await SignedInClients.SignedInAsync(site.Address, "admin", SiteFactory.AdminPassword);
            var (id, code) = await OpenedSessions.OpenAsync(admin, "断电演练");
            sessionId = id;
            var people = await Task.WhenAll(Enumerable.Range(1, staff).Select(i => SignedInClients.SignedInAsync(site.Address, $"crash-{i:D3}", SignedInClients.StaffPassword)));

            // Everyone scans within about two seconds, twice; the site is killed at a random moment inside that.
            burst = people.Select(async (client, i) =>
            {
                await Task.Delay(i * 2000 / staff);
                for (var scan = 0; scan < 2; scan++)
                {
                    try
                    {
                        var body = await client.GetStringAsync($"/training/check-in/{id}?code={code}");
                        if (body.Contains("data-check-in-outcome=\"CheckedIn\"", StringComparison.Ordinal))
                        {
                            answered.Add($"crash-{i + 1:D3}");
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // the site is gone: this scan was never answered
                    }
                }
            }).ToList();
            // Killed at a random moment once scans are being answered.
            var waited = Stopwatch.StartNew();
            while (answered.IsEmpty && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(20);
            }

            Assert.False(answered.IsEmpty, "no scan was answered before the kill:" + Environment.NewLine + site.Output);
            await Task.Delay(Random.Shared.Next(0, 1000));
        } // disposed: SIGKILL

        await Task.WhenAll(burst);

        await using (var db = new PolicyLibraryDbContext(TestProvider.Options(database.ConnectionString)))
        {
            var rows = await db.Attendances.AsNoTracking().Where(a => a.SessionId == sessionId)
                .Select(a => a.StaffMember!.UserName!).ToListAsync();
            Assert.Equal(rows.Count, rows.Distinct().Count()); // no one recorded twice
            Assert.All(answered, name => Assert.Contains(name, rows)); // every 签到成功 a person saw was kept
        }

        await SiteProcess.RunAsync(data.Path, siteSettings, "check");
        await using var restarted = await SiteProcess.StartAsync(data.Path, siteSettings);
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(restarted.Address, "/documents"))).StatusCode);
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
