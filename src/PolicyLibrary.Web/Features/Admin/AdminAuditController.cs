using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Admin;

/// <summary>/manager/audit: audit events newest first, filtered by person, unit, document, action and Beijing dates.</summary>
[Route("manager/audit")]
public sealed class AdminAuditController(CurrentActor currentActor, Organisation.OrgUnitDirectory units, AuditQueries audit) : AdminController(currentActor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilterForm filter)
    {
        var actor = await ActorAsync();
        var unitList = await units.ListAsync(actor);
        if (!unitList.Allowed)
        {
            return Refuse(unitList.Refusal!);
        }

        var (parsed, problems) = filter.Parse(unitList.Value!);
        var events = parsed is null ? null : (await audit.SearchAsync(actor, parsed)).Value;
        return View(Views + "Audit.cshtml", new AuditPage(filter, problems, events, unitList.Value!));
    }
}
