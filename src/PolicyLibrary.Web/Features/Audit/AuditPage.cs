using PolicyLibrary.Audit;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Audit;

/// <summary>The audit page: the filter as typed, what was wrong with it, and the events it found.</summary>
public sealed record AuditPage(AuditFilterForm Filter, IReadOnlyList<string> Problems, PagedList<AuditEntry>? Events, IReadOnlyList<OrgUnitRow> Units);
