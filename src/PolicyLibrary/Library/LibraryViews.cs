using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Library;

// What the public side — the site and the API alike — gets back from the library's queries.

public sealed record DocumentSummary(
    string Slug, string Title, string? DocumentNumber, string IssuingOrgan, string CategoryName,
    DocumentKind Kind, Validity Validity, DateTime PublishedAtUtc, int InterpretationCount);

public sealed record DocumentLink(string Slug, string Title, string? DocumentNumber);

public sealed record DocumentDetail(
    int Id, string Slug, string IndexNumber, string Title, string? DocumentNumber, string IssuingOrgan,
    string DraftingUnitName, IReadOnlyList<string> CoIssuingUnitNames, string CategoryCode, string CategoryName,
    DocumentKind Kind, IReadOnlyList<string> SubjectWords, DateOnly WrittenOn, DateTime PublishedAtUtc, DateOnly? EffectiveOn,
    Validity Validity, DateOnly? ValidityChangedOn, DocumentLink? ReplacedBy, IReadOnlyList<DocumentLink> Replaces,
    string BodyMarkdown, string BodyHtml, IReadOnlyList<InterpretationSummary> Interpretations, DateTime UpdatedAtUtc);

public sealed record InterpretationSummary(
    string Slug, string Title, InterpretationForm Form, string Summary, string UnitName, DateTime PublishedAtUtc,
    string DocumentSlug, string DocumentTitle);

public sealed record InterpretationDetail(
    string Slug, string Title, InterpretationForm Form, string Summary, string UnitName, string AuthorName,
    DateTime PublishedAtUtc, string BodyMarkdown, string BodyHtml, DocumentLink Document, DateTime UpdatedAtUtc)
{
    /// <summary>A 图解's images in order (empty for other forms).</summary>
    public IReadOnlyList<PolicyLibrary.Media.Figure> Figures { get; init; } = [];
}

public sealed record CategoryCount(string Code, string Name, string Description, int DocumentCount);

/// <summary>The 订阅说明 page: the site's own address (feed addresses are copied whole) and the categories with public documents.</summary>
public sealed record FeedGuide(string SiteAddress, IReadOnlyList<CategoryCount> Categories);

public sealed record DocumentListResult(
    PagedList<DocumentSummary> Documents, DocumentFilter Filter, IReadOnlyList<string> Messages,
    IReadOnlyList<CategoryCount> Categories, IReadOnlyList<string> Organs, IReadOnlyList<int> Years);

public sealed record HomeOverview(
    IReadOnlyList<DocumentSummary> LatestDocuments, IReadOnlyList<InterpretationSummary> LatestInterpretations,
    IReadOnlyList<CategoryCount> Categories, int DocumentCount, int InterpretationCount);

public enum SitemapEntryKind
{
    Document,
    Interpretation,
}

public sealed record SitemapEntry(SitemapEntryKind Kind, string Slug, DateTime LastModifiedUtc);

public sealed record OrgUnitView(string Code, string Name, string ShortName, PolicyLibrary.Organisation.OrgUnitKind Kind);
