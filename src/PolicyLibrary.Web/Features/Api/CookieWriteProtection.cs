using Microsoft.AspNetCore.Antiforgery;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>
/// A write signed in by the browser's cookie must carry the anti-forgery token (the <c>RequestVerificationToken</c>
/// header or form field), or any site the staff member visits could post in their name. A personal access token
/// (<c>Authorization: Bearer pl_…</c>) is not sent by a browser on its own, so it needs none.
/// </summary>
public static class CookieWriteProtection
{
    public const string HeaderName = "RequestVerificationToken";

    public static RouteGroupBuilder RequireAntiforgeryForCookies(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var byToken = http.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == AccessTokenAuthentication.SchemeName);
            if (!byToken && http.User.Identity?.IsAuthenticated == true)
            {
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
                }
                catch (AntiforgeryValidationException)
                {
                    return TypedResults.Problem(title: "缺少防伪令牌",
                        detail: $"以登录 Cookie 调用写入接口时，须在 {HeaderName} 请求头中带上页面的防伪令牌；程序调用请改用 Authorization: Bearer <令牌>。",
                        statusCode: StatusCodes.Status400BadRequest);
                }
            }

            return await next(context);
        });
        return group;
    }
}
