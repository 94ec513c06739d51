using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Account;

/// <summary>A staff member's own API tokens: create one (shown once) and revoke it.</summary>
[Route("account/tokens")]
public sealed class AccessTokensController(AccessTokens tokens) : StaffController
{
    public sealed record Page(IReadOnlyList<AccessToken> Tokens, string? NewToken, string? Message, IReadOnlyDictionary<string, string> Errors);

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, CancellationToken ct) => Show(await tokens.OfAsync(actor.UserId, ct), null, null);

    [HttpPost("")]
    public async Task<IActionResult> Create(Actor actor, AccessTokenForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Features/Account/AccessTokens.cshtml", new Page(await tokens.OfAsync(actor.UserId, ct), null, null, BindingErrors()));
        }

        // No validity at all is none the core accepts: it says the range.
        var (outcome, created) = await tokens.CreateAsync(actor, form.Name ?? "", form.ValidDays ?? 0, ct);
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
