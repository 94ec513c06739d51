using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;

namespace PolicyLibrary.Search;

/// <summary>
/// Full-text search over public documents and interpretations. The FTS5 match finds candidates; the join with
/// <see cref="PublicVisibility"/> decides what may be shown, at the moment of the query.
/// </summary>
public sealed class SearchQueries(PolicyLibraryDbContext db, TimeProvider clock)
{
    private sealed record Row(string Kind, int ItemId, int DocumentId, double Rank, string Title, string Snippet);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new CategoryView(c.Code, c.Name)).ToListAsync(ct);
        var pageSize = request.Filter.PageSize;
        var match = SearchText.ToMatch(request.Query);
        if (match is null || !SearchIndex.IsSupported(db))
        {
            return new SearchResult(new PagedList<SearchHit>([], 1, pageSize, 0), request, categories);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = db.Database.SqlQuery<Row>($"""
            SELECT kind AS Kind, itemId AS ItemId, documentId AS DocumentId, bm25(SearchIndex, 10.0, 1.0) AS Rank,
                   highlight(SearchIndex, 0, char(57344), char(57345)) AS Title,
                   snippet(SearchIndex, 1, char(57344), char(57345), '…', 40) AS Snippet
            FROM SearchIndex WHERE SearchIndex MATCH {match}
            """);
        var publicInterpretations = db.Interpretations.WherePublic(now);
        var query =
            from r in rows
            join d in db.Documents.WherePublic(now) on r.DocumentId equals d.Id
            where r.Kind == "D" || publicInterpretations.Any(i => i.Id == r.ItemId)
            select new { Row = r, Document = d };

        var filter = request.Filter;
        if (filter.Category is { } category)
        {
            query = query.Where(x => x.Document.Category!.Code == category);
        }

        if (filter.Organ is { } organ)
        {
            query = query.Where(x => x.Document.IssuingOrgan == organ);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(x => x.Document.Kind == kind);
        }

        if (filter.Validity is { } validity)
        {
            query = query.Where(x => x.Document.Validity == validity);
        }

        if (request.From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            query = query.Where(x => x.Document.PublishedAtUtc >= start);
        }

        if (request.To is { } to)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(x => x.Document.PublishedAtUtc < end);
        }

        if (request.NumberYear is { } year)
        {
            var part = $"〔{year}〕";
            query = query.Where(x => x.Document.DocumentNumber!.Contains(part));
        }

        if (request.Number is { } number)
        {
            var end = $"〕{number}号";
            query = query.Where(x => x.Document.DocumentNumber!.EndsWith(end));
        }

        var total = await query.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var ordered = request.ByDate
            ? query.OrderByDescending(x => x.Document.PublishedAtUtc).ThenBy(x => x.Row.Rank)
            : query.OrderBy(x => x.Row.Rank).ThenByDescending(x => x.Document.PublishedAtUtc);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new
            {
                x.Row.Kind,
                x.Row.ItemId,
                x.Row.Title,
                x.Row.Snippet,
                x.Document.Slug,
                DocumentTitle = x.Document.Title,
                x.Document.DocumentNumber,
                CategoryName = x.Document.Category!.Name,
                PublishedAt = x.Document.PublishedAtUtc!.Value,
            })
            .ToListAsync(ct);

        var interpretationIds = items.Where(i => i.Kind == "I").Select(i => i.ItemId).ToList();
        var interpretations = await db.Interpretations.AsNoTracking().Where(i => interpretationIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (i.Slug, i.PublishedAtUtc), ct);
        var hits = items.Select(i => new SearchHit(
            i.Kind == "D" ? "document" : "interpretation",
            i.Kind == "D" ? i.Slug : interpretations[i.ItemId].Slug,
            Html(i.Title), Html(i.Snippet), i.Slug, i.DocumentTitle, i.DocumentNumber, i.CategoryName,
            i.Kind == "D" ? i.PublishedAt : interpretations[i.ItemId].PublishedAtUtc ?? i.PublishedAt)).ToList();
        return new SearchResult(new PagedList<SearchHit>(hits, page, pageSize, total), request, categories);
    }

    /// <summary>Indexed text back to readable, encoded HTML with the matches marked.</summary>
    private static string Html(string indexed) => WebUtility.HtmlEncode(SearchText.Unsegment(indexed).Trim())
        .Replace(SearchText.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(SearchText.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);
}
