namespace PolicyLibrary.Data;

/// <summary>
/// Planners choose indexes from statistics; without them a large library was planned badly (the home page took 1.5 s
/// on 100,000 documents on SQLite). After start-up and every import the provider refreshes them, cheaply.
/// </summary>
public static class QueryPlannerStatistics
{
    public static Task RefreshAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        db.Provider?.Maintenance.RefreshStatisticsAsync(db, ct) ?? Task.CompletedTask;
}
