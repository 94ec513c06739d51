namespace PolicyLibrary.Data;

/// <summary>
/// Planners choose indexes from statistics; without them a large library was planned badly (the home page took 1.5 s
/// on 100,000 documents on SQLite). Every import refreshes them; after start-up the stale ones are refreshed in the
/// background, with a bounded effort, so a start does not grow with the library.
/// </summary>
public static class QueryPlannerStatistics
{
    public static Task RefreshAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        db.Provider?.Maintenance.RefreshStatisticsAsync(db, ct) ?? Task.CompletedTask;

    public static Task RefreshStaleAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        db.Provider?.Maintenance.RefreshStaleStatisticsAsync(db, ct) ?? Task.CompletedTask;
}
