using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Account;

/// <summary>Sign-in and sign-out for staff, with Identity's lockout after repeated failures.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<StaffMember> signIn, UserManager<StaffMember> users, PolicyLibraryDbContext db, AuditLog audit, PasswordChanges passwords,
    IPasswordHasher<StaffMember> hasher) : Controller
{
    // A hash to check unknown user names against, so they cost what a known name costs (no timing tells which exist).
    private static string? _unknownUserHash;

    private static readonly Dictionary<string, string> RoleNames = new()
    {
        [Roles.Administrator] = "系统管理员",
        [Roles.Drafter] = "起草人",
        [Roles.Reviewer] = "审核人",
        [Roles.TrainingCoordinator] = "培训管理员",
        [Roles.Staff] = "工作人员",
    };

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(SignInForm form)
    {
        form.ReturnUrl = LocalOrNull(form.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var userName = form.UserName.Trim();
        if (await users.FindByNameAsync(userName) is null)
        {
            var nobody = new StaffMember { DisplayName = "" };
            _unknownUserHash ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(nobody, _unknownUserHash, form.Password);
        }

        var result = await signIn.PasswordSignInAsync(userName, form.Password, form.RememberMe, lockoutOnFailure: true);
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "未知";
        if (result.Succeeded)
        {
            var user = await users.FindByNameAsync(userName);
            audit.Record(new Actor(user!.Id, user.DisplayName, user.OrgUnitId, new HashSet<string>()), AuditAction.SignedIn, $"登录成功（{ip}）");
            await db.SaveChangesAsync();
            return LocalRedirect(form.ReturnUrl ?? Url.Action(nameof(Index))!);
        }

        audit.Record(userName.Length > 64 ? userName[..64] : userName, AuditAction.SignInFailed,
            (result.IsLockedOut ? "账号已锁定，登录被拒绝" : "用户名或密码不正确") + $"（{ip}）");
        await db.SaveChangesAsync();

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "登录失败次数过多，账号已暂时锁定，请 15 分钟后再试。"
            : result.IsNotAllowed ? "该账号暂不允许登录，请联系系统管理员。" : "用户名或密码不正确。");
        return View(form);
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(Links.Home);
    }

    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == user.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync() ?? "";
        var roles = await users.GetRolesAsync(user);
        return View(new AccountSummary(user.UserName ?? "", user.DisplayName, unit, [.. roles.Select(r => RoleNames.GetValueOrDefault(r, r))]));
    }

    [Authorize]
    [HttpGet("password")]
    public IActionResult Password() => PasswordView(new PasswordForm());

    /// <summary>修改密码: on success this session is signed in again under the new security stamp, so only it stays signed in.</summary>
    [Authorize]
    [HttpPost("password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Password(Actor actor, PasswordForm form)
    {
        if (ModelState.IsValid)
        {
            var outcome = await passwords.ChangeAsync(actor, form.CurrentPassword, form.NewPassword, form.ConfirmPassword);
            if (outcome.Succeeded)
            {
                await signIn.RefreshSignInAsync((await users.FindByIdAsync(actor.UserId))!);
                TempData["Message"] = outcome.Message;
                return RedirectToAction(nameof(Index));
            }

            foreach (var (field, message) in outcome.Errors.DefaultIfEmpty(new(string.Empty, outcome.Message)))
            {
                ModelState.AddModelError(field, message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return PasswordView(new PasswordForm());
    }

    private ViewResult PasswordView(PasswordForm form)
    {
        ViewData["Required"] = User.HasClaim(c => c.Type == PasswordChanges.RequiredClaim);
        return View("Password", form);
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Shared/Refused.cshtml", "您的账号没有访问此页面的权限。");
    }

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}
