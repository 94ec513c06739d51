using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Features.Manager;

public sealed record DashboardPage(Actor Actor, ManagerDashboard Dashboard)
{
    public bool MayCreate => Permissions.CreateDocument(Actor, Actor.OrgUnitId) is null;
}
