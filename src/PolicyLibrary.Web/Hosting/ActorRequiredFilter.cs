using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// An action that takes an <see cref="Actor"/> runs only for a signed-in staff member whose account still exists;
/// otherwise the request is challenged (the sign-in page), before the action sees it.
/// </summary>
public sealed class ActorRequiredFilter : IAsyncActionFilter
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (parameter.ParameterType == typeof(Actor) && (!context.ActionArguments.TryGetValue(parameter.Name, out var actor) || actor is null))
            {
                context.Result = new ChallengeResult();
                return Task.CompletedTask;
            }
        }

        return next();
    }
}
