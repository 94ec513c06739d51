using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PolicyLibrary.Web.Features.Shared;

/// <summary>
/// What every staff page shares: sign-in required, and the one mapping from the core's <see cref="Outcome"/> to a page —
/// done is a redirect with its message, a refusal, a missing thing or a conflict is <c>Shared/Refused.cshtml</c> with the
/// core's reason and its status; invalid input goes back to the form the action names.
/// </summary>
[Authorize]
public abstract class StaffController : Controller
{
    /// <summary>The TempData key of the message shown once after a redirect (<c>Manager/_Message.cshtml</c>).</summary>
    public const string MessageKey = "Message";

    protected const string RefusedView = "~/Features/Shared/Refused.cshtml";

    protected IActionResult Answer(Outcome outcome, string doneUrl, Func<Outcome, IActionResult>? otherwise = null) =>
        outcome.Kind switch
        {
            OutcomeKind.Done => Done(outcome.Message, doneUrl),
            OutcomeKind.Refused => Refused(outcome.Message),
            OutcomeKind.NotFound => Missing(outcome.Message),
            _ when otherwise is not null => otherwise(outcome),
            OutcomeKind.Conflict => Refused(outcome.Message, StatusCodes.Status409Conflict),
            _ => BadInput(string.Join(" ", outcome.Errors.Values.DefaultIfEmpty(outcome.Message))),
        };

    protected async Task<IActionResult> AnswerAsync(Outcome outcome, string doneUrl, Func<Outcome, Task<IActionResult>> otherwise) =>
        outcome.Kind is OutcomeKind.Invalid or OutcomeKind.Conflict ? await otherwise(outcome) : Answer(outcome, doneUrl);

    /// <summary>
    /// The URL of an action of <typeparamref name="TController"/>, generated from its route (so a route changes in one
    /// place); throws when no route matches, so a wrong name fails the first request that uses it instead of linking nowhere.
    /// </summary>
    protected string UrlOf<TController>(string action, object? values = null)
        where TController : Controller => UrlOf(ControllerName<TController>(), action, values);

    /// <summary>The URL of another action of this controller, as <see cref="UrlOf{TController}"/>.</summary>
    protected string UrlOf(string action, object? values = null) =>
        UrlOf((string)RouteData.Values["controller"]!, action, values);

    /// <summary>The name routing knows a controller by: its type name without "Controller".</summary>
    public static string ControllerName<TController>()
        where TController : Controller => typeof(TController).Name[..^"Controller".Length];

    private string UrlOf(string controller, string action, object? values) =>
        Url.Action(action, controller, values) ?? throw new InvalidOperationException($"No route leads to {controller}.{action}.");

    /// <summary>Model binding's failures (a date that is not a date …), its Chinese messages keyed like the core's.</summary>
    protected Dictionary<string, string> BindingErrors()
    {
        var errors = new Dictionary<string, string>();
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count > 0)
            {
                var field = key.Contains('.', StringComparison.Ordinal) ? key[(key.LastIndexOf('.') + 1)..] : key;
                errors[field] = entry.Errors[0].ErrorMessage is { Length: > 0 } message ? message : "格式不正确。";
            }
        }

        return errors;
    }

    protected RedirectResult Done(string message, string url)
    {
        TempData[MessageKey] = message;
        return Redirect(url);
    }

    protected ViewResult Refused(string reason, int status = StatusCodes.Status403Forbidden)
    {
        Response.StatusCode = status;
        return View(RefusedView, reason);
    }

    protected ViewResult Missing(string message) => Refused(message, StatusCodes.Status404NotFound);

    /// <summary>Input that cannot be understood (a year that is not a year …): a 400 page that says what was expected.</summary>
    protected ViewResult BadInput(string message) => Refused(message, StatusCodes.Status400BadRequest);

    /// <summary>The core's messages with model binding's over them, for one form.</summary>
    protected static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> core, Dictionary<string, string> binding)
    {
        var all = new Dictionary<string, string>(core);
        foreach (var (key, value) in binding)
        {
            all[key] = value;
        }

        return all;
    }
}
