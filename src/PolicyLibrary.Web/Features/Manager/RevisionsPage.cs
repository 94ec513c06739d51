using PolicyLibrary.Revisions;

namespace PolicyLibrary.Web.Features.Manager;

public sealed record RevisionsPage(string Title, string BackUrl, int From, int To, IReadOnlyList<RevisionComparison.Line>? Lines, string? Problem);
