namespace PolicyLibrary.Data;

/// <summary>The provider's part in preparing a database and keeping its query planner well informed.</summary>
public interface IDatabaseMaintenance
{
    /// <summary>
    /// Held while a process migrates and seeds at start-up, so that of several processes starting together one does
    /// the work and the others then find it done.
    /// </summary>
    Task<IAsyncDisposable> LockForStartupAsync(PolicyLibraryDbContext db, CancellationToken ct = default);

    /// <summary>Settings that belong to the database rather than to a connection, after the migrations.</summary>
    Task PrepareAsync(PolicyLibraryDbContext db, CancellationToken ct = default);

    /// <summary>Brings the planner's statistics up to date after an import: every table, as thoroughly as needed.</summary>
    Task RefreshStatisticsAsync(PolicyLibraryDbContext db, CancellationToken ct = default);

    /// <summary>
    /// Analyses only tables whose statistics are missing or stale, with an effort bounded whatever the library's size;
    /// run in the background after start-up (an upgrade may have added indexes), never on a request's path.
    /// </summary>
    Task RefreshStaleStatisticsAsync(PolicyLibraryDbContext db, CancellationToken ct = default);

    /// <summary>Whether an exception means the database could not be reached at all (a clear line, not a stack trace).</summary>
    bool IsUnreachable(Exception exception);

    /// <summary>Whether an exception means the database refused a write because its storage is full or read-only.</summary>
    bool IsOutOfStorage(Exception exception);

    /// <summary>Inside a save's transaction: wake the listeners of <paramref name="tag"/> when it commits (nothing where there is no such signal).</summary>
    Task NotifyChangedAsync(PolicyLibraryDbContext db, string tag, CancellationToken ct = default);

    /// <summary>A listener that returns early from its wait when some process commits a change (PostgreSQL LISTEN), or simply waits (SQLite).</summary>
    Task<IChangeListener> ListenAsync(PolicyLibraryDbContext db, CancellationToken ct = default);
}
