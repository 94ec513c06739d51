using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Admin;

/// <summary>
/// What the administrators' pages share: signed-in staff only (anonymous visitors go to the sign-in page); whether
/// someone may administer is decided by the core (<see cref="Permissions.Administer"/>), and a refusal is a 403 page
/// that says why.
/// </summary>
[Authorize]
public abstract class AdminController(CurrentActor currentActor) : Controller
{
    protected const string Views = "~/Features/Admin/";

    /// <summary>The signed-in staff member; one without roles (whom the core refuses) if the account vanished since sign-in.</summary>
    protected async Task<Actor> ActorAsync() =>
        await currentActor.GetAsync(HttpContext.RequestAborted) ?? new Actor("", "（已删除的账号）", 0, new HashSet<string>());

    protected IActionResult Refuse(string reason)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(Views + "Refused.cshtml", reason);
    }

    protected IActionResult Missing(string message)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(Views + "Missing.cshtml", message);
    }

    /// <summary>Puts the core's messages per field into the model state, prefixed as the form's inputs are named.</summary>
    protected void AddErrors(Outcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (outcome.Errors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message);
        }
    }
}
