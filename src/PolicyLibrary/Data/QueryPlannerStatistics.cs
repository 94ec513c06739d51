using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Search;

namespace PolicyLibrary.Data;

/// <summary>
/// SQLite chooses indexes from the statistics ANALYZE leaves in <c>sqlite_stat1</c>. Without them it guessed wrong on
/// a large library: a document's interpretation count walked every published interpretation instead of the document's
/// own (the home page took 1.5 s on 100,000 documents). <c>PRAGMA optimize</c> analyses only the tables whose
/// statistics are missing or stale, within a bounded effort, so it is cheap enough for every start and every import.
/// </summary>
public static class QueryPlannerStatistics
{
    public static async Task RefreshAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        if (SearchIndex.IsSupported(db))
        {
            // 0x10000: look at every table, not only those this connection has queried (SQLite ≥ 3.46).
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002", ct);
        }
    }
}
