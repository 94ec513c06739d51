using System.Linq.Expressions;
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

    /// <summary>
    /// Published, published by now, and its document public. The document is tested with EXISTS rather than a join:
    /// SQLite then walks the interpretations newest first and stops at the page's end, where a join made it visit every
    /// public document and sort (120–220 ms for six interpretations at 100,000 documents).
    /// </summary>
    public static IQueryable<Interpretation> WherePublic(this IQueryable<Interpretation> interpretations, IQueryable<Document> documents, DateTime nowUtc)
    {
        var publicDocuments = documents.WherePublic(nowUtc);
        return interpretations.Where(IsPublished(nowUtc)).Where(i => publicDocuments.Any(d => d.Id == i.DocumentId));
    }

    /// <summary>
    /// The same interpretations reached from their public documents, as a join. For counting: two index-only walks
    /// (34 ms at 100,000 documents) where the EXISTS form probes the documents once per interpretation (120 ms).
    /// </summary>
    public static IQueryable<Interpretation> PublicInterpretations(this IQueryable<Document> documents, DateTime nowUtc) =>
        documents.WherePublic(nowUtc).SelectMany(d => d.Interpretations).Where(IsPublished(nowUtc));

    private static Expression<Func<Interpretation, bool>> IsPublished(DateTime nowUtc) =>
        i => i.Status == WorkflowStatus.Published && i.PublishedAtUtc != null && i.PublishedAtUtc <= nowUtc;

    public static bool IsPublic(Document d, DateTime nowUtc) =>
        d.Status == WorkflowStatus.Published && d.PublishedAtUtc <= nowUtc && d.Disclosure == DisclosureAttribute.Proactive;
}
