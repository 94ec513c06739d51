using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Search;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>
/// The FTS5 tables (created by a migration): <c>SearchIndex</c> holds the title and body tokens of every item and
/// <c>SearchTitles</c> their titles alone, so that title matches of a very common word are found without scanning
/// bodies. Both are contentless: they keep tokens, not text. Ranking is bm25 with the title weighted ten times.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndexStore
{
    /// <summary>FTS5 merges its segments as it goes: nothing to prepare.</summary>
    public Task<Func<CancellationToken, Task>> BeginBulkWriteAsync(PolicyLibraryDbContext db, CancellationToken ct) =>
        Task.FromResult<Func<CancellationToken, Task>>(_ => Task.CompletedTask);

    public async Task WriteAsync(PolicyLibraryDbContext db, long row, bool isNew, string title, string body, CancellationToken ct)
    {
        var titleTokens = SearchText.IndexTokens(title);
        var bodyTokens = SearchText.IndexTokens(body);
        // Contentless tables cannot REPLACE a row in place: the old one goes first.
        if (!isNew)
        {
            await DeleteAsync(db, row, ct);
        }

        await db.Database.ExecuteSqlAsync($"INSERT INTO SearchIndex(rowid, title, body) VALUES ({row}, {titleTokens}, {bodyTokens})", ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO SearchTitles(rowid, title) VALUES ({row}, {titleTokens})", ct);
    }

    public async Task DeleteAsync(PolicyLibraryDbContext db, long row, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE rowid = {row}", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchTitles WHERE rowid = {row}", ct);
    }

    public async Task ClearAsync(PolicyLibraryDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES('delete-all')", ct);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchTitles(SearchTitles) VALUES('delete-all')", ct);
    }

    public async Task<bool> IsEmptyAsync(PolicyLibraryDbContext db, CancellationToken ct) =>
        !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchIndex_docsize) AS Value").SingleAsync(ct);

    public Task<List<long>> NewestAsync(PolicyLibraryDbContext db, IReadOnlyList<SearchTerm> terms, bool titlesOnly, int limit, CancellationToken ct)
    {
        var match = Fts5Match.Of(terms);
        return titlesOnly
            ? db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM SearchTitles WHERE SearchTitles MATCH {match} ORDER BY rowid DESC LIMIT {limit}").ToListAsync(ct)
            : db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} ORDER BY rowid DESC LIMIT {limit}").ToListAsync(ct);
    }

    public Task<List<long>> RankedAsync(PolicyLibraryDbContext db, IReadOnlyList<SearchTerm> terms, CancellationToken ct)
    {
        var match = Fts5Match.Of(terms);
        return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} ORDER BY rank").ToListAsync(ct);
    }
}
