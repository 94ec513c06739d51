using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Audit;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Audit;

/// <summary>/manager/audit: audit events newest first, filtered by person, unit, document, action and Beijing dates.</summary>
[Route("manager/audit")]
public sealed class AuditController(Organisation.OrgUnitDirectory units, AuditQueries audit) : AdministratorController
{
    private const string Views = "~/Features/Audit/";

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, [FromQuery] AuditFilterForm filter)
    {
        var unitList = await units.ListAsync(actor);
        if (!unitList.Allowed)
        {
            return Refused(unitList.Refusal!);
        }

        var (parsed, problems) = filter.ToFilter(unitList.Value!, BindingErrors().Values);
        var events = parsed is null ? null : (await audit.SearchAsync(actor, parsed)).Value;
        return View(Views + "Audit.cshtml", new AuditPage(filter, problems, events, unitList.Value!));
    }
}
