using Markdig;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Search;

/// <summary>
/// The SQLite FTS5 table <c>SearchIndex</c> (created by a migration): one row per document and per interpretation,
/// whatever their state. Whether a hit may be shown is decided at query time by <see cref="PublicVisibility"/>,
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

    public static bool IsSupported(PolicyLibraryDbContext db) => db.Database.ProviderName == SqliteProvider;

    public static async Task UpdateAsync(PolicyLibraryDbContext db, IEnumerable<Document> documents, IEnumerable<Interpretation> interpretations,
        IEnumerable<long> deletedRows, CancellationToken ct)
    {
        foreach (var row in deletedRows)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE rowid = {row}", ct);
        }

        foreach (var d in documents)
        {
            await WriteAsync(db, RowOf(d), "D", d.Id, d.Id, d.Title, $"{d.DocumentNumber}　{d.IssuingOrgan}　{string.Join('　', d.SubjectWords)}\n{d.BodyMarkdown}", ct);
        }

        foreach (var i in interpretations)
        {
            await WriteAsync(db, RowOf(i), "I", i.Id, i.DocumentId, i.Title, $"{i.Summary}\n{i.BodyMarkdown}", ct);
        }
    }

    public static long DeletedRow(object entity) => entity switch
    {
        Document d => RowOf(d),
        Interpretation i => RowOf(i),
        _ => throw new ArgumentException("not indexed", nameof(entity)),
    };

    /// <summary>Whether there are documents the index does not hold yet (after an upgrade from before search).</summary>
    public static async Task<bool> NeedsRebuildAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        IsSupported(db) && await db.Documents.AnyAsync(ct)
        && await db.Database.SqlQuery<long>($"SELECT count(*) AS Value FROM SearchIndex").SingleAsync(ct) == 0;

    /// <summary>Empties the index and indexes every document and interpretation again.</summary>
    public static async Task<int> RebuildAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndex", ct);
        var count = 0;
        foreach (var chunk in (await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync(ct)).Chunk(500))
        {
            var documents = await db.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(ct);
            var interpretations = await db.Interpretations.AsNoTracking().Where(i => chunk.Contains(i.DocumentId)).ToListAsync(ct);
            await UpdateAsync(db, documents, interpretations, [], ct);
            count += documents.Count + interpretations.Count;
        }

        await transaction.CommitAsync(ct);
        return count;
    }

    private static Task WriteAsync(PolicyLibraryDbContext db, long row, string kind, int itemId, int documentId, string title, string markdown, CancellationToken ct)
    {
        var titleText = SearchText.Segment(title);
        // Table rules and line breaks are layout, not text: the snippet reads better without them.
        var bodyText = SearchText.Segment(Markdown.ToPlainText(markdown).Replace('|', ' ').ReplaceLineEndings(" "));
        return db.Database.ExecuteSqlAsync(
            $"INSERT OR REPLACE INTO SearchIndex(rowid, title, body, kind, itemId, documentId) VALUES ({row}, {titleText}, {bodyText}, {kind}, {itemId}, {documentId})", ct);
    }
}
