using PolicyLibrary.Library;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Staff;

/// <summary>The staff list with its filter (unit code and name search) as the visitor typed them.</summary>
public sealed record StaffListPage(PagedList<StaffRow> Staff, IReadOnlyList<OrgUnitRow> Units, string? Unit, string? Q, string? Message);
