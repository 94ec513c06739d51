using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>What every manager endpoint shares: the manager's queries, and the document page re-rendered with a form's messages when an action's input is wrong.</summary>
public abstract class ManagerControllerBase(ManagerQueries queries) : StaffController
{
    protected const string Views = "~/Features/Manager/";

    protected ManagerQueries Queries => queries;

    /// <summary>The document's manager page, optionally with the messages of the form that was just posted.</summary>
    protected async Task<IActionResult> ShowDocumentAsync(
        Actor actor, int id, int status = StatusCodes.Status200OK, string? form = null,
        IReadOnlyDictionary<string, string>? errors = null, string? message = null)
    {
        if (await queries.DocumentAsync(id, actor, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        if (Permissions.ViewDocument(actor, document.Rules) is { } refusal)
        {
            return Refused(refusal);
        }

        Response.StatusCode = status;
        var units = actor.Is(Roles.Administrator) ? await queries.OrgUnitsAsync(HttpContext.RequestAborted) : [];
        return View(Views + "Document.cshtml", new DocumentPage(actor, document, units, form, errors ?? new Dictionary<string, string>(), message));
    }
}
