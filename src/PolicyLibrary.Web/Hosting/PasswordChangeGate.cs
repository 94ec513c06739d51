using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Until an account an administrator created has chosen its own password (<see cref="PasswordChanges.RequiredClaim"/>),
/// its staff pages lead to 修改密码; signing out and the public site stay open.
/// </summary>
public static class PasswordChangeGate
{
    public const string FormPath = "/account/password";

    private static readonly string[] StaffAreas = ["/manager", "/training", "/account"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(c => c.Type == PasswordChanges.RequiredClaim)
            && StaffAreas.Any(a => path.StartsWithSegments(a, StringComparison.OrdinalIgnoreCase))
            && !path.StartsWithSegments(FormPath, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/account/logout", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(FormPath);
            return;
        }

        await next();
    });
}
