using Markdig;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Search;

/// <summary>
/// The search index holds the title and body of every document and interpretation, whatever their state, in the
/// provider's <see cref="ISearchIndexStore"/>; the row id says what a row is (<see cref="RowOf(string, int)"/>).
/// Whether a hit may be shown is decided at query time by <see cref="PublicVisibility"/>, so a withdrawn or non-public
/// item disappears from search the moment its status changes.
/// </summary>
public static class SearchIndex
{
    // Row ids are derived, so an item's row can be replaced without a lookup.
    private static long RowOf(Document d) => RowOf("D", d.Id);

    private static long RowOf(Interpretation i) => RowOf("I", i.Id);

    /// <summary>The index row of a document ("D") or an interpretation ("I").</summary>
    public static long RowOf(string kind, int id) => ((long)id * 2) + (kind == "I" ? 1 : 0);

    /// <summary>What an index row stands for: <see cref="RowOf(string, int)"/> backwards.</summary>
    public static (bool IsInterpretation, int Id) ItemOf(long row) => (row % 2 == 1, (int)(row / 2));

    public static bool IsSupported(PolicyLibraryDbContext db) => db.Provider is not null;

    /// <summary>
    /// Writes the index rows of the given items. <paramref name="isNew"/> says which rows cannot exist yet: SQLite's
    /// contentless table records every DELETE as a tombstone, so deleting a row that was never there costs time and space.
    /// </summary>
    public static async Task UpdateAsync(PolicyLibraryDbContext db, IEnumerable<Document> documents, IEnumerable<Interpretation> interpretations,
        IEnumerable<long> deletedRows, Predicate<long> isNew, CancellationToken ct)
    {
        var store = StoreOf(db);
        foreach (var row in deletedRows)
        {
            await store.DeleteAsync(db, row, ct);
        }

        foreach (var d in documents)
        {
            await store.WriteAsync(db, RowOf(d), isNew(RowOf(d)), d.Title,
                PlainText($"{d.DocumentNumber}　{d.IssuingOrgan}　{string.Join('　', d.SubjectWords)}\n{d.BodyMarkdown}"), ct);
        }

        foreach (var i in interpretations)
        {
            await store.WriteAsync(db, RowOf(i), isNew(RowOf(i)), i.Title, PlainText($"{i.Summary}\n{i.BodyMarkdown}"), ct);
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
        IsSupported(db) && await db.Documents.AnyAsync(ct) && await StoreOf(db).IsEmptyAsync(db, ct);

    /// <summary>
    /// Lets the provider prepare for the many rows an import writes in the current transaction; run what it returns
    /// after the last of them, before the commit.
    /// </summary>
    public static Task<Func<CancellationToken, Task>> BeginBulkWriteAsync(PolicyLibraryDbContext db, CancellationToken ct) =>
        IsSupported(db) ? StoreOf(db).BeginBulkWriteAsync(db, ct) : Task.FromResult<Func<CancellationToken, Task>>(_ => Task.CompletedTask);

    /// <summary>Empties the index and indexes every document and interpretation again.</summary>
    public static async Task<int> RebuildAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await StoreOf(db).ClearAsync(db, ct);
        var finishBulk = await BeginBulkWriteAsync(db, ct);
        var count = 0;
        foreach (var chunk in (await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync(ct)).Chunk(500))
        {
            var documents = await db.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(ct);
            var interpretations = await db.Interpretations.AsNoTracking().Where(i => chunk.Contains(i.DocumentId)).ToListAsync(ct);
            await UpdateAsync(db, documents, interpretations, [], isNew: _ => true, ct);
            count += documents.Count + interpretations.Count;
        }

        await finishBulk(ct);
        await transaction.CommitAsync(ct);
        return count;
    }

    private static ISearchIndexStore StoreOf(PolicyLibraryDbContext db) =>
        db.Provider?.Search ?? throw new InvalidOperationException("This database provider has no search index.");

    // Table rules and line breaks are layout, not text.
    private static string PlainText(string markdown) => Markdown.ToPlainText(markdown).Replace('|', ' ');
}
