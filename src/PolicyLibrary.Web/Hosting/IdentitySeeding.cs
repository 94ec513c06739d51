using Microsoft.AspNetCore.Identity;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>The five roles exist in every database.</summary>
public sealed class IdentitySeeding(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"无法创建角色 {role}：" + string.Join("；", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
