using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// The signed-in staff member as an <see cref="Actor"/>, read fresh from the database on each request,
/// so a change of unit or role takes effect at once rather than when the cookie expires.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, PolicyLibraryDbContext db)
{
    private Actor? _actor;

    public async Task<Actor?> GetAsync(CancellationToken ct = default)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? null : _actor = await OfAsync(id, ct);
    }

    /// <summary>Any staff member as an <see cref="Actor"/> (the calendar feed acts for the owner of its token); null when the account is gone.</summary>
    public async Task<Actor?> OfAsync(string id, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.OrgUnitId }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           select r.Name).ToListAsync(ct);
        return new Actor(user.Id, user.DisplayName, user.OrgUnitId, roles.OfType<string>().ToHashSet());
    }
}
