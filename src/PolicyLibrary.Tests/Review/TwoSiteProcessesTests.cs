using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Review;

/// <summary>Two real site processes on one database (of the provider under test), each with its scheduled publisher ticking every second.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class TwoSiteProcessesTests
{
    [Fact]
    public async Task ScheduledPublishing_ShouldPublishEachItemOnce_WhenTwoSiteProcessesShareOneDatabase()
    {
        using var data = new TempFolder();
        using var database = new TemporaryDatabase(data, "policylibrary.db");
        var connectionString = database.ConnectionString;
        var settings = SiteSettings.For(connectionString);
        settings["PolicyLibrary:PublishIntervalSeconds"] = "1";
        // On PostgreSQL the two start together, as nodes do: the start-up lock lets one migrate and seed. A SQLite file
        // belongs to one server, so there the second starts after the first.
        var firstStart = SiteProcess.StartAsync(data.Path, settings);
        var secondStart = TestProvider.IsPostgreSql ? SiteProcess.StartAsync(data.Path, settings) : null;
        await using var first = await firstStart;
        await using var second = await (secondStart ?? SiteProcess.StartAsync(data.Path, settings));
        // Nothing read the Data Protection keys of the brand-new database before its migrations made the table.
        Assert.DoesNotContain("DataProtectionKeys", first.Output + second.Output, StringComparison.Ordinal);

        // Three waves of eight, each wave due at one instant, so both publishers find the same rows due.
        var options = TestProvider.Options(connectionString);
        var start = DateTime.UtcNow.AddSeconds(20);
        var ids = await ScheduledPackets.CreateAsync(options, 24, withInterpretation: false, i => start.AddSeconds(i / 8 * 1.5));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await PublishedAsync(options, ids) is { } done && done.Select(e => e.DocumentId).Distinct().Count() < ids.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        await Task.Delay(2500); // two more ticks of each publisher: a second publication would show now
        var published = await PublishedAsync(options, ids);
        Assert.All(ids, id => Assert.Single(published, e => e.DocumentId == id));
        Assert.All(published, e => Assert.Equal("定时发布", e.ActorName));
    }

    internal static async Task<List<AuditEvent>> PublishedAsync(DbContextOptions<PolicyLibraryDbContext> options, List<int> ids)
    {
        await using var db = new PolicyLibraryDbContext(options);
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditAction.Published && e.DocumentId != null && ids.Contains(e.DocumentId.Value)).ToListAsync();
    }
}
