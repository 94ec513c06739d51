using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The revision history of a document or interpretation, with the compare form and restore buttons.</summary>
public sealed record HistoryPanel(string BaseUrl, IReadOnlyList<RevisionEntry> Revisions, bool MayRestore, Guid Version);
