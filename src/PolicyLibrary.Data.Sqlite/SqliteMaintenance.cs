using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>WAL for the file, planner statistics from <c>PRAGMA optimize</c>; one file has one site, so no start-up lock.</summary>
public sealed class SqliteMaintenance : IDatabaseMaintenance
{
    public Task<IAsyncDisposable> LockForStartupAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    public Task PrepareAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        SqliteConnectionTuning.UseWriteAheadLogAsync(db.Database, ct);

    /// <summary>
    /// SQLite chooses indexes from the statistics ANALYZE leaves in <c>sqlite_stat1</c>; without them a document's
    /// interpretation count walked every published interpretation. <c>PRAGMA optimize</c> analyses only the tables whose
    /// statistics are missing or stale, within a bounded effort, so it is cheap enough for every start and every import.
    /// </summary>
    public Task RefreshStatisticsAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        // 0x10000: look at every table, not only those this connection has queried (SQLite ≥ 3.46).
        db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002", ct);

    /// <summary>As after an import, plus 0x10: each ANALYZE it decides on runs under a temporary analysis limit.</summary>
    public Task RefreshStaleStatisticsAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10012", ct);

    /// <summary>A file that cannot be opened or created (a missing folder, no permission).</summary>
    public bool IsUnreachable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 14 } || exception.InnerException is { } inner && IsUnreachable(inner);

    /// <summary>SQLITE_FULL (13), SQLITE_READONLY (8), or SQLITE_IOERR (10) when the journal or WAL cannot be written.</summary>
    public bool IsOutOfStorage(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 13 or 8 or 10 } || exception.InnerException is { } inner && IsOutOfStorage(inner);

    /// <summary>SQLite has no notifications: the watcher reads the counter at every timeout.</summary>
    public Task NotifyChangedAsync(PolicyLibraryDbContext db, string tag, CancellationToken ct = default) => Task.CompletedTask;

    public Task<IChangeListener> ListenAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        Task.FromResult<IChangeListener>(Polling.Instance);

    private sealed class Polling : IChangeListener
    {
        public static readonly Polling Instance = new();

        public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => Task.Delay(timeout, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
