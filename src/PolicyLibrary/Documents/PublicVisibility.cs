using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;

namespace PolicyLibrary.Documents;

/// <summary>
/// The one rule for what the public may see: published, published by now, and 主动公开.
/// Every public query — pages, lists, counts, links — starts from these filters.
/// </summary>
public static class PublicVisibility
{
    public static IQueryable<Document> WherePublic(this IQueryable<Document> documents, DateTime nowUtc) =>
        documents.Where(d => d.Status == WorkflowStatus.Published
            && d.PublishedAtUtc != null && d.PublishedAtUtc <= nowUtc
            && d.Disclosure == DisclosureAttribute.Proactive);

    public static IQueryable<Interpretation> WherePublic(this IQueryable<Interpretation> interpretations, DateTime nowUtc) =>
        interpretations.Where(i => i.Status == WorkflowStatus.Published
            && i.PublishedAtUtc != null && i.PublishedAtUtc <= nowUtc
            && i.Document!.Status == WorkflowStatus.Published
            && i.Document.PublishedAtUtc != null && i.Document.PublishedAtUtc <= nowUtc
            && i.Document.Disclosure == DisclosureAttribute.Proactive);

    public static bool IsPublic(Document d, DateTime nowUtc) =>
        d.Status == WorkflowStatus.Published && d.PublishedAtUtc <= nowUtc && d.Disclosure == DisclosureAttribute.Proactive;
}
