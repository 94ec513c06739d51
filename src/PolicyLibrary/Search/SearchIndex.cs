using Markdig;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Search;

/// <summary>
/// The SQLite FTS5 tables (created by a migration): <c>SearchIndex</c> holds the title and body of every document and
/// interpretation, whatever their state, and <c>SearchTitles</c> their titles alone, so that title matches of a very
/// common word are found without scanning bodies. Both are contentless: they keep tokens, not text, and the row id
/// says what a row is (<see cref="RowOf(string, int)"/>). Whether a hit may be shown is decided at query time by <see cref="PublicVisibility"/>,
/// so a withdrawn or non-public item disappears from search the moment its status changes.
/// </summary>
public static class SearchIndex
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    // Row ids are derived, so an item's row can be replaced without a lookup.
    private static long RowOf(Document d) => RowOf("D", d.Id);

    private static long RowOf(Interpretation i) => RowOf("I", i.Id);

    /// <summary>The index row of a document ("D") or an interpretation ("I").</summary>
    public static long RowOf(string kind, int id) => ((long)id * 2) + (kind == "I" ? 1 : 0);

    /// <summary>What an index row stands for: <see cref="RowOf(string, int)"/> backwards.</summary>
    public static (bool IsInterpretation, int Id) ItemOf(long row) => (row % 2 == 1, (int)(row / 2));

    public static bool IsSupported(PolicyLibraryDbContext db) => db.Database.ProviderName == SqliteProvider;

    /// <summary>
    /// Writes the index rows of the given items. <paramref name="isNew"/> says which rows cannot exist yet: a contentless
    /// table records every DELETE as a tombstone, so deleting a row that was never there would cost time and space.
    /// </summary>
    public static async Task UpdateAsync(PolicyLibraryDbContext db, IEnumerable<Document> documents, IEnumerable<Interpretation> interpretations,
        IEnumerable<long> deletedRows, Predicate<long> isNew, CancellationToken ct)
    {
        foreach (var row in deletedRows)
        {
            await DeleteAsync(db, row, ct);
        }

        foreach (var d in documents)
        {
            await WriteAsync(db, RowOf(d), isNew(RowOf(d)), d.Title, $"{d.DocumentNumber}　{d.IssuingOrgan}　{string.Join('　', d.SubjectWords)}\n{d.BodyMarkdown}", ct);
        }

        foreach (var i in interpretations)
        {
            await WriteAsync(db, RowOf(i), isNew(RowOf(i)), i.Title, $"{i.Summary}\n{i.BodyMarkdown}", ct);
        }
    }

    public static long RowOf(object entity) => entity switch
    {
        Document d => RowOf(d),
        Interpretation i => RowOf(i),
        _ => throw new ArgumentException("not indexed", nameof(entity)),
    };

    /// <summary>Whether there are documents the index does not hold yet (after an upgrade from before search).</summary>
    public static async Task<bool> NeedsRebuildAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        IsSupported(db) && await db.Documents.AnyAsync(ct)
        && !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchIndex_docsize) AS Value").SingleAsync(ct);

    /// <summary>Empties the index and indexes every document and interpretation again.</summary>
    public static async Task<int> RebuildAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES('delete-all')", ct);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchTitles(SearchTitles) VALUES('delete-all')", ct);
        var count = 0;
        foreach (var chunk in (await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync(ct)).Chunk(500))
        {
            var documents = await db.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(ct);
            var interpretations = await db.Interpretations.AsNoTracking().Where(i => chunk.Contains(i.DocumentId)).ToListAsync(ct);
            await UpdateAsync(db, documents, interpretations, [], isNew: _ => true, ct);
            count += documents.Count + interpretations.Count;
        }

        await transaction.CommitAsync(ct);
        return count;
    }

    private static async Task WriteAsync(PolicyLibraryDbContext db, long row, bool isNew, string title, string markdown, CancellationToken ct)
    {
        var titleTokens = SearchText.IndexTokens(title);
        // Table rules and line breaks are layout, not text.
        var bodyTokens = SearchText.IndexTokens(Markdown.ToPlainText(markdown).Replace('|', ' '));
        // Contentless tables cannot REPLACE a row in place: the old one goes first.
        if (!isNew)
        {
            await DeleteAsync(db, row, ct);
        }

        await db.Database.ExecuteSqlAsync($"INSERT INTO SearchIndex(rowid, title, body) VALUES ({row}, {titleTokens}, {bodyTokens})", ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO SearchTitles(rowid, title) VALUES ({row}, {titleTokens})", ct);
    }

    private static async Task DeleteAsync(PolicyLibraryDbContext db, long row, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE rowid = {row}", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchTitles WHERE rowid = {row}", ct);
    }
}
