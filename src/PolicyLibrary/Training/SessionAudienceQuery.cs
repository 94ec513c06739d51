using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>The staff a session is for, as a query: its units' members and holders of its roles; everyone when it names neither.</summary>
public static class SessionAudienceQuery
{
    public static async Task<IQueryable<StaffMember>> MembersAsync(PolicyLibraryDbContext db, TrainingSession session, CancellationToken ct)
    {
        var unitIds = session.AudienceUnits.Select(u => u.Id).ToList();
        if (session.AudienceRoles.Count == 0 && unitIds.Count == 0)
        {
            return db.Users;
        }

        var roleIds = await db.Roles.Where(r => session.AudienceRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        return db.Users.Where(u => unitIds.Contains(u.OrgUnitId) || db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }
}
