using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// <c>Authorization: Bearer pl_…</c> for API clients: the staff member behind a personal access token, with the
/// same identity a cookie sign-in gives, so the core's permissions apply unchanged.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var userId = await tokens.UserOfAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (userId is null)
        {
            return AuthenticateResult.Fail("令牌无效、已过期或已撤销。");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(title: "需要登录或接口令牌", detail: "请用 Authorization: Bearer <令牌> 调用写入接口，或先登录。",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(title: "无权操作", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
}
