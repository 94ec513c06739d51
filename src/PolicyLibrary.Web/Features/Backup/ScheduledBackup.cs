using Microsoft.Extensions.Options;
using PolicyLibrary.Audit;
using PolicyLibrary.Backup;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Backup;

/// <summary>
/// The daily backup into <see cref="BackupOptions.Folder"/>, keeping the last <see cref="BackupOptions.KeepLast"/>. Each
/// outcome goes to the log and the audit log (定时备份), where administrators see it.
/// </summary>
public sealed partial class ScheduledBackup(
    IServiceScopeFactory scopes, DatabaseReadiness database, IOptions<BackupOptions> options, SitePaths paths,
    TimeProvider clock, ILogger<ScheduledBackup> logger) : BackgroundService
{
    private const string Prefix = "policylibrary-";

    private string Folder => Path.GetFullPath(options.Value.Folder, paths.DataPath);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !TimeOnly.TryParse(options.Value.DailyAt, out var at))
        {
            return;
        }

        await database.Ready.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = NextRunAfter(now, at);
            await Task.Delay(next - now, clock, stoppingToken);
            if (await TakeAsync(next, stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
    }

    /// <summary>The next <paramref name="at"/> (Beijing time) after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRunAfter(DateTimeOffset now, TimeOnly at)
    {
        var today = new DateTimeOffset(ChinaTime.DateOf(now.UtcDateTime).ToDateTime(at), ChinaTime.Offset);
        return today > now ? today : today.AddDays(1);
    }

    /// <summary>Of several processes on one database, the one that takes the day's lease makes the day's backup.</summary>
    private async Task<bool> TakeAsync(DateTimeOffset due, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.PolicyLibraryDbContext>();
        var day = ChinaTime.Date(due.UtcDateTime);
        return await PolicyLibrary.Changes.BackgroundLeases.TryTakeAsync(db, PolicyLibrary.Changes.BackgroundLease.DailyBackup, day, clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>Takes one backup, then deletes the oldest beyond the number kept; returns the file, or null when it failed.</summary>
    public async Task<string?> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var file = Path.Combine(Folder, $"{Prefix}{ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime):yyyyMMdd-HHmmss}.zip");
        try
        {
            var manifest = await scope.ServiceProvider.GetRequiredService<SiteBackup>().WriteAsync(file, ct);
            var removed = Prune();
            LogDone(logger, file, removed);
            audit.Record("定时备份", AuditAction.BackupMade, $"已备份到 {file}（{manifest.Entries.Sum(e => e.Size) / 1024} KB），保留最近 {options.Value.KeepLast} 份。");
            await scope.ServiceProvider.GetRequiredService<Data.PolicyLibraryDbContext>().SaveChangesAsync(ct);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or DatabaseCopyException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            LogFailed(logger, e, file);
            audit.Record("定时备份", AuditAction.BackupFailed, $"备份到 {file} 失败：{e.Message}");
            await scope.ServiceProvider.GetRequiredService<Data.PolicyLibraryDbContext>().SaveChangesAsync(ct);
            return null;
        }
    }

    private int Prune()
    {
        var old = new DirectoryInfo(Folder).GetFiles($"{Prefix}*.zip")
            .OrderByDescending(f => f.Name, StringComparer.Ordinal).Skip(Math.Max(1, options.Value.KeepLast)).ToList();
        old.ForEach(f => f.Delete());
        return old.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "定时备份完成：{File}，删除旧备份 {Removed} 份。")]
    private static partial void LogDone(ILogger logger, string file, int removed);

    [LoggerMessage(Level = LogLevel.Error, Message = "定时备份失败：{File}。")]
    private static partial void LogFailed(ILogger logger, Exception exception, string file);
}
