using PolicyLibrary.Data;

namespace PolicyLibrary.Search;

/// <summary>
/// A provider's search index: one row per document or interpretation (<see cref="SearchIndex.RowOf(string, int)"/>),
/// written in the transaction of the save that changed the item, and the candidate queries of <see cref="SearchQueries"/>.
/// A match is what the SQLite index matches: every term of <see cref="SearchText.Terms"/> is found in the title or in
/// the body, its Han runs as <see cref="SearchText"/> describes.
/// </summary>
public interface ISearchIndexStore
{
    /// <summary>Writes the row of an item; <paramref name="isNew"/> says the row cannot exist yet.</summary>
    Task WriteAsync(PolicyLibraryDbContext db, long row, bool isNew, string title, string body, CancellationToken ct);

    Task DeleteAsync(PolicyLibraryDbContext db, long row, CancellationToken ct);

    Task ClearAsync(PolicyLibraryDbContext db, CancellationToken ct);

    Task<bool> IsEmptyAsync(PolicyLibraryDbContext db, CancellationToken ct);

    /// <summary>
    /// Called in a transaction that is about to write many rows (an import, a rebuild); returns what to do once they
    /// are written, before the commit. A provider whose index is cheaper to build than to keep up row by row builds it then.
    /// </summary>
    Task<Func<CancellationToken, Task>> BeginBulkWriteAsync(PolicyLibraryDbContext db, CancellationToken ct);

    /// <summary>The matching rows, highest row first, at most <paramref name="limit"/>; only title matches when asked.</summary>
    Task<List<long>> NewestAsync(PolicyLibraryDbContext db, IReadOnlyList<SearchTerm> terms, bool titlesOnly, int limit, CancellationToken ct);

    /// <summary>Every matching row, most relevant first (title matches weigh ten times body matches).</summary>
    Task<List<long>> RankedAsync(PolicyLibraryDbContext db, IReadOnlyList<SearchTerm> terms, CancellationToken ct);
}
