using PolicyLibrary.Manager;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>
/// The revision history of a document, interpretation or module, with the compare form and restore buttons: the
/// <paramref name="Controller"/> whose <c>Revisions</c> and <c>Restore</c> actions serve it, and the route values naming it.
/// </summary>
public sealed record HistoryPanel(
    string Controller, IReadOnlyDictionary<string, string> Key, IReadOnlyList<RevisionEntry> Revisions, bool MayRestore, Guid Version);
