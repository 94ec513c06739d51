using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>/manager: the unit's documents for drafters, the review queue for reviewers, interpretation deadlines for all.</summary>
[Route("manager")]
public sealed class ManagerController(ManagerQueries queries) : ManagerControllerBase(queries)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor) =>
        View(Views + "Index.cshtml", new DashboardPage(actor, await Queries.DashboardAsync(actor, HttpContext.RequestAborted)));
}
