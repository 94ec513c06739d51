using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>/manager/documents and /manager/interpretations: every document and interpretation an editor may see, filtered and paged.</summary>
public sealed class ManagerListsController(ManagerLists lists) : StaffController
{
    [HttpGet("manager/documents")]
    public async Task<IActionResult> Documents(Actor actor)
    {
        var list = await lists.DocumentsAsync(actor, ManagerListFilter.FromQuery(key => Request.Query[key]), HttpContext.RequestAborted);
        return list.Allowed ? View("~/Features/Manager/DocumentList.cshtml", list.Value) : Refused(list.Refusal!);
    }

    [HttpGet("manager/interpretations")]
    public async Task<IActionResult> Interpretations(Actor actor)
    {
        var list = await lists.InterpretationsAsync(actor, ManagerListFilter.FromQuery(key => Request.Query[key]), HttpContext.RequestAborted);
        return list.Allowed ? View("~/Features/Manager/InterpretationList.cshtml", list.Value) : Refused(list.Refusal!);
    }
}
