using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>
/// What the training coordinator's pages share: every page, reads included, is for those the core's rule
/// (<see cref="Permissions.Coordinate"/>) lets coordinate; anyone else gets the refusal page with its reason.
/// </summary>
public abstract class CoordinatorController : StaffController
{
    protected const string Views = "~/Features/TrainingSessions/";

    public override Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        // No actor yet is left to ActorRequiredFilter, which challenges.
        if (context.ActionArguments.Values.OfType<Actor>().FirstOrDefault() is { } actor && Permissions.Coordinate(actor) is { } refusal)
        {
            context.Result = Refused(refusal);
            return Task.CompletedTask;
        }

        return base.OnActionExecutionAsync(context, next);
    }

    /// <summary>The coordinator's buttons answer on the page they came from: input the core found wrong is a message there too.</summary>
    protected IActionResult AnswerOnPage(Outcome outcome, string url) =>
        Answer(outcome, url, o => o.Kind == OutcomeKind.Invalid ? Done(string.Join(" ", o.Errors.Values), url) : Refused(o.Message, StatusCodes.Status409Conflict));
}
