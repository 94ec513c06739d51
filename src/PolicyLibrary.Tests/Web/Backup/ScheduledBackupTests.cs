using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Audit;
using PolicyLibrary.Backup;
using PolicyLibrary.Tests.Support;
using PolicyLibrary.Web.Features.Backup;

namespace PolicyLibrary.Tests.Web.Backup;

public sealed class ScheduledBackupTests
{
    [Theory]
    [InlineData("2026-12-01T18:29:00Z", "2026-12-01T18:30:00Z")] // 02:29 in Beijing: today at 02:30
    [InlineData("2026-12-01T18:30:00Z", "2026-12-02T18:30:00Z")] // exactly then: tomorrow
    [InlineData("2026-12-01T02:00:00Z", "2026-12-01T18:30:00Z")] // 10:00 in Beijing: tonight
    public void NextRunAfter_ShouldBeTheNextDailyTimeInBeijing(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ScheduledBackup.NextRunAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(2, 30)));

    [Fact]
    public async Task RunOnce_ShouldKeepTheLastN_AndRecordEachOutcome()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 18, 30, 0, TimeSpan.Zero));
        using var site = new SiteFactory { Clock = clock, Settings = new Dictionary<string, string> { ["PolicyLibrary:Backup:KeepLast"] = "2" } };
        var backup = site.Services.GetRequiredService<ScheduledBackup>();

        var files = new List<string?>();
        for (var day = 0; day < 3; day++)
        {
            files.Add(await backup.RunOnceAsync());
            clock.Advance(TimeSpan.FromDays(1));
        }

        var kept = Directory.GetFiles(Path.Combine(site.DataPath, "backups")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files[1..].Select(f => f!), kept);
        Assert.Null((await BackupArchive.VerifyAsync(kept[^1])).Problem);
        var events = await site.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == AuditAction.BackupMade).ToListAsync());
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("定时备份", e.ActorName));
    }

    [Fact]
    public async Task RunOnce_ShouldRecordAFailure_WhenTheFolderCannotBeWritten()
    {
        using var site = new SiteFactory();
        File.WriteAllText(Path.Combine(site.DataPath, "not-a-folder"), "");
        using var blocked = new SiteFactory { Settings = new Dictionary<string, string> { ["PolicyLibrary:Backup:Folder"] = Path.Combine(site.DataPath, "not-a-folder", "backups") } };

        Assert.Null(await blocked.Services.GetRequiredService<ScheduledBackup>().RunOnceAsync());

        var failed = await blocked.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == AuditAction.BackupFailed));
        Assert.Contains("失败", failed.Detail, StringComparison.Ordinal);
    }
}
