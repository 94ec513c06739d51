using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Account;

/// <summary>A staff member's own API tokens: create one (shown once) and revoke it.</summary>
[Authorize]
[Route("account/tokens")]
public sealed class AccessTokensController(AccessTokens tokens) : Controller
{
    public sealed record Page(IReadOnlyList<AccessToken> Tokens, string? NewToken, string? Message, IReadOnlyDictionary<string, string> Errors);

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, CancellationToken ct) => Show(await tokens.OfAsync(actor.UserId, ct), null, null);

    [HttpPost("")]
    public async Task<IActionResult> Create(Actor actor, string? name, string? validDays, CancellationToken ct)
    {
        var days = int.TryParse(validDays, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;
        var (outcome, created) = await tokens.CreateAsync(actor, name ?? "", days, ct);
        Response.StatusCode = outcome.Kind switch
        {
            OutcomeKind.Refused => StatusCodes.Status403Forbidden,
            OutcomeKind.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        return View("~/Features/Account/AccessTokens.cshtml",
            new Page(await tokens.OfAsync(actor.UserId, ct), created?.Token, outcome.Message, outcome.Errors));
    }

    [HttpPost("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(Actor actor, int id, CancellationToken ct)
    {
        var outcome = await tokens.RevokeAsync(actor, id, ct);
        return outcome.Succeeded ? RedirectToAction(nameof(Index)) : NotFound();
    }

    private ViewResult Show(IReadOnlyList<AccessToken> list, string? newToken, string? message) =>
        View("~/Features/Account/AccessTokens.cshtml", new Page(list, newToken, message, new Dictionary<string, string>()));
}
