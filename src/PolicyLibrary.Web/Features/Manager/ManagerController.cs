using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>/manager: the unit's documents for drafters, the review queue for reviewers, interpretation deadlines for all.</summary>
[Route("manager")]
public sealed class ManagerController(CurrentActor current, ManagerQueries queries) : ManagerControllerBase(current, queries)
{
    [HttpGet("")]
    public Task<IActionResult> Index() => AsActorAsync(async actor =>
        View(Views + "Index.cshtml", new DashboardPage(actor, await Queries.DashboardAsync(actor, HttpContext.RequestAborted))));
}
