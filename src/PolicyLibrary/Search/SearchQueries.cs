using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;

namespace PolicyLibrary.Search;

/// <summary>
/// Full-text search over public documents and interpretations. FTS5 ranks the matches; <see cref="PublicVisibility"/>
/// and the filters then decide, at the moment of the query, which of them may be shown.
/// </summary>
public sealed class SearchQueries(PolicyLibraryDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Only the best-ranked matches are considered: FTS5 ranks them cheaply (<c>ORDER BY rank LIMIT</c>), and the
    /// visibility check, the filters, the count and the sort then work on at most this many rows, not on every match.
    /// </summary>
    public const int MaxCandidates = 1000;

    private sealed record Candidate(string Kind, int ItemId, int DocumentId, double Rank);

    private sealed record Marked(long Row, string Title, string Snippet);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new CategoryView(c.Code, c.Name)).ToListAsync(ct);
        var pageSize = request.Filter.PageSize;
        var match = SearchText.ToMatch(request.Query);
        if (match is null || !SearchIndex.IsSupported(db))
        {
            return new SearchResult(new PagedList<SearchHit>([], 1, pageSize, 0), request, categories);
        }

        // rank is bm25 with the title weighted ten times the body (set on the table by its migration). The candidates
        // are read first and on their own, so SQLite never re-runs the full-text match inside a join.
        var candidates = await db.Database.SqlQuery<Candidate>($"""
            SELECT kind AS Kind, itemId AS ItemId, documentId AS DocumentId, rank AS Rank
            FROM SearchIndex WHERE SearchIndex MATCH {match} ORDER BY rank LIMIT {MaxCandidates}
            """).ToListAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var documentIds = candidates.Select(c => c.DocumentId).Distinct().ToList();
        var documents = await Filtered(db.Documents.WherePublic(now).Where(d => documentIds.Contains(d.Id)), request)
            .Select(d => new
            {
                d.Id,
                d.Slug,
                d.Title,
                d.DocumentNumber,
                CategoryName = d.Category!.Name,
                PublishedAt = d.PublishedAtUtc!.Value,
            })
            .ToDictionaryAsync(d => d.Id, ct);
        var interpretationIds = candidates.Where(c => c.Kind == "I").Select(c => c.ItemId).ToList();
        var interpretations = await db.Interpretations.WherePublic(now).Where(i => interpretationIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, PublishedAt = i.PublishedAtUtc!.Value })
            .ToDictionaryAsync(i => i.Id, ct);

        var visible = candidates.Where(c => documents.ContainsKey(c.DocumentId) && (c.Kind == "D" || interpretations.ContainsKey(c.ItemId)));
        if (request.ByDate)
        {
            visible = visible.OrderByDescending(c => documents[c.DocumentId].PublishedAt).ThenBy(c => c.Rank);
        }

        var shown = visible.ToList();
        var page = Math.Clamp(request.Filter.Page, 1, Math.Max(1, (shown.Count + pageSize - 1) / pageSize));
        var onPage = shown.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var marked = await MarkedAsync(match, onPage.Select(c => SearchIndex.RowOf(c.Kind, c.ItemId)), ct);
        var hits = onPage.Select(c =>
        {
            var document = documents[c.DocumentId];
            var text = marked[SearchIndex.RowOf(c.Kind, c.ItemId)];
            var isDocument = c.Kind == "D";
            return new SearchHit(isDocument ? "document" : "interpretation", isDocument ? document.Slug : interpretations[c.ItemId].Slug,
                Html(text.Title), Html(text.Snippet), document.Slug, document.Title, document.DocumentNumber, document.CategoryName,
                isDocument ? document.PublishedAt : interpretations[c.ItemId].PublishedAt);
        }).ToList();
        return new SearchResult(new PagedList<SearchHit>(hits, page, pageSize, shown.Count), request, categories, candidates.Count == MaxCandidates);
    }

    private static IQueryable<Document> Filtered(IQueryable<Document> documents, SearchRequest request)
    {
        documents = request.Filter.ApplyTo(documents);
        if (request.From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            documents = documents.Where(d => d.PublishedAtUtc >= start);
        }

        if (request.To is { } to)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            documents = documents.Where(d => d.PublishedAtUtc < end);
        }

        if (request.NumberYear is { } year)
        {
            var part = $"〔{year}〕";
            documents = documents.Where(d => d.DocumentNumber!.Contains(part));
        }

        if (request.Number is { } number)
        {
            var end = $"〕{number}号";
            documents = documents.Where(d => d.DocumentNumber!.EndsWith(end));
        }

        return documents;
    }

    /// <summary>Titles and snippets with the matches marked, for the rows of one page only.</summary>
    private async Task<Dictionary<long, Marked>> MarkedAsync(string match, IEnumerable<long> rows, CancellationToken ct)
    {
        var ids = string.Join(',', rows.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        if (ids.Length == 0)
        {
            return [];
        }

        // The row ids are integers computed here, never text from the request; the match is a parameter.
#pragma warning disable EF1002, EF1003
        var marked = await db.Database.SqlQueryRaw<Marked>(
            "SELECT rowid AS Row, highlight(SearchIndex, 0, char(57344), char(57345)) AS Title, " +
            "snippet(SearchIndex, 1, char(57344), char(57345), '…', 40) AS Snippet " +
            $"FROM SearchIndex WHERE SearchIndex MATCH {{0}} AND rowid IN ({ids})", match).ToListAsync(ct);
#pragma warning restore EF1002, EF1003
        return marked.ToDictionary(m => m.Row);
    }

    /// <summary>Indexed text back to readable, encoded HTML with the matches marked.</summary>
    private static string Html(string indexed) => WebUtility.HtmlEncode(SearchText.Unsegment(indexed).Trim())
        .Replace(SearchText.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(SearchText.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);
}
