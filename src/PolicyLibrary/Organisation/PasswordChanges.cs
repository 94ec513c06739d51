using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;

namespace PolicyLibrary.Organisation;

/// <summary>
/// A staff member changes their own password: the current one first, the new one under the same policy as every
/// password. Identity renews the security stamp with it, so every other signed-in session of the account ends.
/// Accounts an administrator creates carry <see cref="RequiredClaim"/> until their first change.
/// </summary>
public sealed class PasswordChanges(UserManager<StaffMember> users, AuditLog audit, PolicyLibraryDbContext db)
{
    /// <summary>A user claim (kept in Identity's claims table, so in the sign-in cookie): a password change is due.</summary>
    public const string RequiredClaim = "policylibrary:password-change-required";

    /// <summary>Marks an account whose password someone else chose: its first sign-in asks for a new one.</summary>
    public Task RequireAsync(StaffMember user) => users.AddClaimAsync(user, new Claim(RequiredClaim, "true"));

    public async Task<Outcome> ChangeAsync(Actor actor, string currentPassword, string newPassword, string confirmation)
    {
        var user = await users.FindByIdAsync(actor.UserId);
        if (user is null)
        {
            return Outcome.NotFound("用户");
        }

        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(currentPassword))
        {
            errors.Add("CurrentPassword", "请输入当前密码。");
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            errors.Add("NewPassword", "请输入新密码。");
        }
        else if (newPassword == currentPassword)
        {
            errors.Add("NewPassword", "新密码不能与当前密码相同。");
        }
        else if (newPassword != confirmation)
        {
            errors.Add("ConfirmPassword", "两次输入的新密码不一致。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return Outcome.Invalid(new Dictionary<string, string>(
                changed.Errors.GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "CurrentPassword" : "NewPassword")
                    .ToDictionary(g => g.Key, g => g.Key == "CurrentPassword" ? "当前密码不正确。" : string.Join("；", g.Select(e => e.Description)))));
        }

        var due = (await users.GetClaimsAsync(user)).Where(c => c.Type == RequiredClaim).ToList();
        if (due.Count > 0)
        {
            await users.RemoveClaimsAsync(user, due);
        }

        audit.Record(actor, AuditAction.UserManaged, $"{user.DisplayName}（{user.UserName}）修改了本人密码，其他设备上的登录已退出");
        await db.SaveChangesAsync();
        return Outcome.Done(0, "密码已修改。其他设备上的登录已退出，请用新密码登录。");
    }
}
