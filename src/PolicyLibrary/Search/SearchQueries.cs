using Markdig;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;

namespace PolicyLibrary.Search;

/// <summary>
/// Full-text search over public documents and interpretations. The provider's index finds the matches; <see cref="PublicVisibility"/>
/// and the filters then decide, at the moment of the query, which of them may be shown.
/// </summary>
public sealed class SearchQueries(PolicyLibraryDbContext db, TimeProvider clock, int maxCandidates = SearchQueries.MaxCandidates)
{
    /// <summary>
    /// At most this many matches are considered (the default of the constructor's limit). When no more match, they are all ranked by relevance (title weighted ten
    /// times the body). When more match — a single common character, say — ranking every match would cost hundreds of
    /// milliseconds, so the title matches come first and then the other matches, each newest first. 300 keeps a search
    /// within a few tens of milliseconds at 100,000 documents and still fills 15 pages.
    /// </summary>
    public const int MaxCandidates = 300;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsHidden).OrderBy(c => c.SortOrder).Select(c => new CategoryView(c.Code, c.Name)).ToListAsync(ct);
        var pageSize = request.Filter.PageSize;
        var terms = SearchText.Terms(request.Query);
        if (terms.Count == 0 || db.Provider?.Search is not { } index)
        {
            return new SearchResult(new PagedList<SearchHit>([], 1, pageSize, 0), request, categories);
        }

        // Walking the matches newest first stops after MaxCandidates + 1 rows, whatever the number of matches.
        var rows = await index.NewestAsync(db, terms, titlesOnly: false, maxCandidates + 1, ct);
        var capped = rows.Count > maxCandidates;
        var candidates = capped
            ? (await index.NewestAsync(db, terms, titlesOnly: true, maxCandidates, ct)).Concat(rows).Distinct().Take(maxCandidates).ToList()
            : await index.RankedAsync(db, terms, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var interpretationIds = candidates.Select(SearchIndex.ItemOf).Where(r => r.IsInterpretation).Select(r => r.Id).ToList();
        var interpretations = await db.Interpretations.WherePublic(db.Documents, now).Where(i => interpretationIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DocumentId, PublishedAt = i.PublishedAtUtc!.Value })
            .ToDictionaryAsync(i => i.Id, ct);
        var documentIds = candidates.Select(SearchIndex.ItemOf).Where(r => !r.IsInterpretation).Select(r => r.Id)
            .Concat(interpretations.Values.Select(i => i.DocumentId)).Distinct().ToList();
        var documents = await Filtered(db.Documents.WherePublic(now).Where(d => documentIds.Contains(d.Id)), request)
            .Select(d => new { d.Id, PublishedAt = d.PublishedAtUtc!.Value })
            .ToDictionaryAsync(d => d.Id, d => d.PublishedAt, ct);

        // A hit is shown when it and its document are public and the document passes the filters.
        var visible = candidates.Select(SearchIndex.ItemOf)
            .Select(r => r.IsInterpretation
                ? interpretations.TryGetValue(r.Id, out var i) && documents.ContainsKey(i.DocumentId) ? new Hit(true, r.Id, i.DocumentId, i.PublishedAt) : null
                : documents.TryGetValue(r.Id, out var published) ? new Hit(false, r.Id, r.Id, published) : null)
            .OfType<Hit>();
        if (request.ByDate)
        {
            visible = visible.OrderByDescending(h => h.PublishedAt);
        }

        var shown = visible.ToList();
        var page = Math.Clamp(request.Filter.Page, 1, Math.Max(1, (shown.Count + pageSize - 1) / pageSize));
        var onPage = shown.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var hits = await HitsAsync(onPage, SearchText.MarkTerms(request.Query), ct);
        return new SearchResult(new PagedList<SearchHit>(hits, page, pageSize, shown.Count), request, categories, capped);
    }

    private sealed record Hit(bool IsInterpretation, int Id, int DocumentId, DateTime PublishedAt);

    /// <summary>The page's hits with their titles and snippets, read and marked for those rows only.</summary>
    private async Task<List<SearchHit>> HitsAsync(List<Hit> onPage, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var documentIds = onPage.Select(h => h.DocumentId).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Slug, d.Title, d.DocumentNumber, CategoryName = d.Category!.Name, d.BodyMarkdown })
            .ToDictionaryAsync(d => d.Id, ct);
        var interpretationIds = onPage.Where(h => h.IsInterpretation).Select(h => h.Id).ToList();
        var interpretations = await db.Interpretations.AsNoTracking().Where(i => interpretationIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, i.Title, i.Summary, i.BodyMarkdown })
            .ToDictionaryAsync(i => i.Id, ct);
        return [.. onPage.Select(h =>
        {
            var document = documents[h.DocumentId];
            var (slug, title, text) = h.IsInterpretation
                ? (interpretations[h.Id].Slug, interpretations[h.Id].Title, $"{interpretations[h.Id].Summary}\n{interpretations[h.Id].BodyMarkdown}")
                : (document.Slug, document.Title, document.BodyMarkdown);
            return new SearchHit(h.IsInterpretation ? "interpretation" : "document", slug,
                SearchSnippet.Highlight(title, terms), SearchSnippet.Excerpt(Markdown.ToPlainText(text).Replace('|', ' '), terms),
                document.Slug, document.Title, document.DocumentNumber, document.CategoryName, h.PublishedAt);
        })];
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
}
