using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Library;

namespace PolicyLibrary.Organisation;

/// <summary>The administrators' read side of the staff directory, and unlocking a locked account (audited).</summary>
public sealed class StaffAccounts(PolicyLibraryDbContext db, UserManager<StaffMember> users, AuditLog audit, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Staff ordered by unit and name, optionally of one unit and matching a name or user name.</summary>
    public async Task<Permitted<PagedList<StaffRow>>> ListAsync(Actor actor, int? orgUnitId, string? search, int page, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Permitted<PagedList<StaffRow>>.Refuse(refusal);
        }

        var query = db.Users.AsNoTracking();
        if (orgUnitId is { } unit)
        {
            query = query.Where(u => u.OrgUnitId == unit);
        }

        if (search?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(u => u.DisplayName.Contains(text) || u.UserName!.Contains(text));
        }

        var total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await Project(query.OrderBy(u => u.OrgUnit!.SortOrder).ThenBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize), ct);
        return Permitted<PagedList<StaffRow>>.Allow(new PagedList<StaffRow>(rows, page, PageSize, total));
    }

    public async Task<Permitted<StaffRow?>> GetAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Permitted<StaffRow?>.Refuse(refusal);
        }

        var rows = await Project(db.Users.AsNoTracking().Where(u => u.Id == userId), ct);
        return Permitted<StaffRow?>.Allow(rows.FirstOrDefault());
    }

    /// <summary>Ends a lockout (after too many failed sign-ins) and resets the failure count.</summary>
    public async Task<Outcome> UnlockAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.NotFound("用户");
        }

        if (user.LockoutEnd is not { } end || end <= clock.GetUtcNow())
        {
            return Outcome.Done(0, "该账号未被锁定。");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(actor, AuditAction.UserManaged, $"解除锁定 {user.DisplayName}（{user.UserName}）");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(0, "账号已解除锁定。");
    }

    private async Task<List<StaffRow>> Project(IQueryable<StaffMember> query, CancellationToken ct)
    {
        var people = await query.Select(u => new
        {
            u.Id,
            u.UserName,
            u.DisplayName,
            u.Email,
            u.OrgUnitId,
            UnitCode = u.OrgUnit!.Code,
            UnitName = u.OrgUnit.Name,
            u.LockoutEnd,
        }).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var now = clock.GetUtcNow();
        return [.. people.Select(p => new StaffRow(p.Id, p.UserName ?? "", p.DisplayName, p.Email ?? "", p.OrgUnitId, p.UnitCode, p.UnitName,
            [.. roles[p.Id].OrderBy(r => Roles.All.ToList().IndexOf(r))], p.LockoutEnd > now ? p.LockoutEnd : null))];
    }
}
