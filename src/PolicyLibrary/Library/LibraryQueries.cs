using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Library;

/// <summary>
/// The public read side of the library. Every query starts from <see cref="PublicVisibility"/>, so nothing
/// unpublished, scheduled for later, 依申请公开 or 不予公开 can reach a page, a count or a link.
/// </summary>
public sealed class LibraryQueries(PolicyLibraryDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<Document> PublicDocuments => db.Documents.AsNoTracking().WherePublic(Now);

    private IQueryable<Interpretation> PublicInterpretations => db.Interpretations.AsNoTracking().WherePublic(db.Documents, Now);

    public async Task<HomeOverview> HomeAsync(CancellationToken ct = default) => new(
        await SummariesOf(PublicDocuments).Take(8).ToListAsync(ct),
        await SummariesOf(PublicInterpretations).Take(6).ToListAsync(ct),
        await CategoryCountsAsync(ct),
        await PublicDocuments.CountAsync(ct),
        await db.Documents.PublicInterpretations(Now).CountAsync(ct));

    public async Task<IReadOnlyList<CategoryCount>> CategoryCountsAsync(CancellationToken ct = default)
    {
        var counts = await PublicDocuments.GroupBy(d => d.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // A hidden (停用) category keeps its documents but is no longer offered for browsing.
        var categories = await db.Categories.AsNoTracking().Where(c => !c.IsHidden).OrderBy(c => c.SortOrder).ToListAsync(ct);
        return [.. categories.Select(c => new CategoryCount(c.Code, c.Name, c.Description, counts.GetValueOrDefault(c.Id)))];
    }

    public async Task<DocumentListResult> DocumentsAsync(DocumentFilter filter, CancellationToken ct = default)
    {
        var pageSize = filter.PageSize;
        var messages = filter.Ignored.Select(m => m + "，已忽略。").ToList();
        var categories = await CategoryCountsAsync(ct);
        if (filter.Category is { } code && categories.All(c => c.Code != code))
        {
            messages.Add($"分类“{code}”不存在，已忽略。");
            filter = filter with { Category = null };
        }

        var query = filter.ApplyTo(PublicDocuments);
        var total = await query.CountAsync(ct);
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (filter.Page > lastPage)
        {
            messages.Add($"共 {lastPage} 页，已显示最后一页。");
            filter = filter with { Page = lastPage };
        }

        var items = await SummariesOf(query).Skip((filter.Page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        // The filter choices: distinct values computed by the database, not by loading every document.
        var organs = await PublicDocuments.Select(d => d.IssuingOrgan).Distinct().ToListAsync(ct);
        var chinaHours = ChinaTime.Offset.TotalHours;
        var years = await PublicDocuments.Select(d => d.PublishedAtUtc!.Value.AddHours(chinaHours).Year).Distinct().ToListAsync(ct);
        return new DocumentListResult(
            new PagedList<DocumentSummary>(items, filter.Page, pageSize, total), filter, messages, categories,
            [.. organs.Order(StringComparer.Ordinal)], [.. years.OrderDescending()]);
    }

    public Task<PagedList<InterpretationSummary>> InterpretationsAsync(int page, CancellationToken ct = default) =>
        InterpretationsAsync(page, PageSize, ct);

    public async Task<PagedList<InterpretationSummary>> InterpretationsAsync(int page, int pageSize, CancellationToken ct = default)
    {
        var total = await db.Documents.PublicInterpretations(Now).CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await SummariesOf(PublicInterpretations).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<InterpretationSummary>(items, page, pageSize, total);
    }

    /// <summary>A public document by its 发文字号, e.g. 黄下政办〔2016〕66号.</summary>
    public async Task<DocumentDetail?> DocumentByNumberAsync(string documentNumber, CancellationToken ct = default) =>
        await PublicDocuments.Where(d => d.DocumentNumber == documentNumber).Select(d => d.Slug).FirstOrDefaultAsync(ct) is { } slug
            ? await DocumentAsync(slug, ct)
            : null;

    public async Task<IReadOnlyList<OrgUnitView>> OrgUnitsAsync(CancellationToken ct = default) =>
        await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder)
            .Select(u => new OrgUnitView(u.Code, u.Name, u.ShortName, u.Kind)).ToListAsync(ct);

    public async Task<DocumentDetail?> DocumentAsync(string slug, CancellationToken ct = default)
    {
        var document = await PublicDocuments.Where(d => d.Slug == slug)
            .Include(d => d.DraftingUnit).Include(d => d.Category).Include(d => d.CoIssuingUnits)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return null;
        }

        // Links to other documents are shown only when those are public too.
        var replacedBy = document.ReplacedById is { } replacedById
            ? await PublicDocuments.Where(d => d.Id == replacedById).Select(d => new DocumentLink(d.Slug, d.Title, d.DocumentNumber)).FirstOrDefaultAsync(ct)
            : null;
        var replaces = await PublicDocuments.Where(d => d.ReplacedById == document.Id)
            .OrderBy(d => d.PublishedAtUtc).Select(d => new DocumentLink(d.Slug, d.Title, d.DocumentNumber)).ToListAsync(ct);
        var interpretations = await SummariesOf(PublicInterpretations.Where(i => i.DocumentId == document.Id)).ToListAsync(ct);

        return new DocumentDetail(document.Id, document.Slug, document.IndexNumber, document.Title, document.DocumentNumber,
            document.IssuingOrgan, document.DraftingUnit!.Name, [.. document.CoIssuingUnits.Select(u => u.Name)],
            document.Category!.Code, document.Category.Name, document.Kind, document.SubjectWords, document.WrittenOn,
            document.PublishedAtUtc!.Value, document.EffectiveOn, document.Validity, document.ValidityChangedOn,
            replacedBy, replaces, document.BodyMarkdown, document.BodyHtml, interpretations, document.UpdatedAtUtc);
    }

    public async Task<InterpretationDetail?> InterpretationAsync(string slug, CancellationToken ct = default)
    {
        var detail = await PublicInterpretations.Where(i => i.Slug == slug)
            .Select(i => new InterpretationDetail(i.Slug, i.Title, i.Form, i.Summary, i.InterpretingUnit!.Name, i.AuthorName,
                i.PublishedAtUtc!.Value, i.BodyMarkdown, i.BodyHtml, new DocumentLink(i.Document!.Slug, i.Document.Title, i.Document.DocumentNumber),
                i.UpdatedAtUtc))
            .FirstOrDefaultAsync(ct);
        return detail is { Form: InterpretationForm.Graphic }
            ? detail with { Figures = await Media.FigureList.ReadAsync(db, detail.BodyMarkdown, ct) }
            : detail;
    }

    /// <summary>Every public page's address parts and last change, for the sitemap.</summary>
    public async Task<IReadOnlyList<SitemapEntry>> SitemapAsync(CancellationToken ct = default)
    {
        var documents = await PublicDocuments.OrderBy(d => d.Id)
            .Select(d => new SitemapEntry(SitemapEntryKind.Document, d.Slug, d.UpdatedAtUtc > d.PublishedAtUtc!.Value ? d.UpdatedAtUtc : d.PublishedAtUtc.Value))
            .ToListAsync(ct);
        var interpretations = await PublicInterpretations.OrderBy(i => i.Id)
            .Select(i => new SitemapEntry(SitemapEntryKind.Interpretation, i.Slug, i.UpdatedAtUtc > i.PublishedAtUtc!.Value ? i.UpdatedAtUtc : i.PublishedAtUtc.Value))
            .ToListAsync(ct);
        return [.. documents, .. interpretations];
    }

    private IQueryable<DocumentSummary> SummariesOf(IQueryable<Document> documents)
    {
        var now = Now;
        return documents.OrderByDescending(d => d.PublishedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new DocumentSummary(d.Slug, d.Title, d.DocumentNumber, d.IssuingOrgan, d.Category!.Name,
                d.Kind, d.Validity, d.PublishedAtUtc!.Value,
                d.Interpretations.Count(i => i.Status == Review.WorkflowStatus.Published && i.PublishedAtUtc <= now)));
    }

    private static IQueryable<InterpretationSummary> SummariesOf(IQueryable<Interpretation> interpretations) =>
        interpretations.OrderByDescending(i => i.PublishedAtUtc).ThenByDescending(i => i.Id)
            .Select(i => new InterpretationSummary(i.Slug, i.Title, i.Form, i.Summary, i.InterpretingUnit!.Name,
                i.PublishedAtUtc!.Value, i.Document!.Slug, i.Document.Title));
}
