using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>
/// The staff a session is for, as a query: its units' members and holders of its roles; everyone when it names neither.
/// Accounts without a password (past staff on record from content/) cannot sign in and are nobody's audience.
/// </summary>
public static class SessionAudienceQuery
{
    /// <summary>Every staff member an audience can hold (全体工作人员): the accounts that can sign in.</summary>
    public static IQueryable<StaffMember> Staff(PolicyLibraryDbContext db) => db.Users.Where(u => u.PasswordHash != null);

    public static async Task<IQueryable<StaffMember>> MembersAsync(PolicyLibraryDbContext db, TrainingSession session, CancellationToken ct)
    {
        var unitIds = session.AudienceUnits.Select(u => u.Id).ToList();
        var active = Staff(db);
        if (session.AudienceRoles.Count == 0 && unitIds.Count == 0)
        {
            return active;
        }

        var roleIds = await db.Roles.Where(r => session.AudienceRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        return active.Where(u => unitIds.Contains(u.OrgUnitId) || db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }
}
