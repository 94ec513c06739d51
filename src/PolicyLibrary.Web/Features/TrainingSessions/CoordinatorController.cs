using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>
/// What the training coordinator's pages share: sign-in required; whether someone may coordinate is the core's rule
/// (<see cref="AttendanceRules.Coordinate"/>), and a refusal is a 403 page that says why.
/// </summary>
[Authorize]
public abstract class CoordinatorController(CurrentActor current) : Controller
{
    protected const string Views = "~/Features/TrainingSessions/";

    protected async Task<IActionResult> AsCoordinatorAsync(Func<Actor, Task<IActionResult>> action)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } actor)
        {
            return Challenge();
        }

        return AttendanceRules.Coordinate(actor) is { } refusal ? Refused(refusal) : await action(actor);
    }

    protected ViewResult Refused(string reason, int status = StatusCodes.Status403Forbidden)
    {
        Response.StatusCode = status;
        return View("~/Features/Admin/Refused.cshtml", reason);
    }

    /// <summary>Input that cannot be understood (a year that is not a year …): a 400 page that says what was expected.</summary>
    protected ViewResult BadInput(string message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(Views + "BadInput.cshtml", message);
    }

    protected IActionResult Answer(Outcome outcome, string url) => outcome.Kind switch
    {
        OutcomeKind.NotFound => NotFound(),
        OutcomeKind.Done => Done(outcome.Message, url),
        OutcomeKind.Invalid => Done(string.Join(" ", outcome.Errors.Values), url),
        _ => Refused(outcome.Message, outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status403Forbidden),
    };

    protected RedirectResult Done(string message, string url)
    {
        TempData["Message"] = message;
        return Redirect(url);
    }
}
