using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Units;

/// <summary>/manager/units: the org units, a new one, and editing one (its code stays as created).</summary>
[Route("manager/units")]
public sealed class UnitsController(OrgUnitDirectory units) : AdministratorController
{
    private const string Views = "~/Features/Units/";

    private const string FormView = Views + "UnitEdit.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor)
    {
        var list = await units.ListAsync(actor);
        return list.Allowed ? View(Views + "Units.cshtml", list.Value) : Refused(list.Refusal!);
    }

    [HttpGet("new")]
    public IActionResult New(Actor actor) =>
        Permissions.Administer(actor) is { } refusal ? Refused(refusal) : View(FormView, new UnitForm { Kind = OrgUnitKind.Department });

    [HttpPost("new")]
    public async Task<IActionResult> New(Actor actor, UnitForm form)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Refused(refusal);
        }

        if (string.IsNullOrWhiteSpace(form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), "请填写单位代码。");
        }

        if (!ModelState.IsValid || form.Kind is not { } kind)
        {
            return View(FormView, form);
        }

        var outcome = await units.CreateAsync(actor, new OrgUnitInput(form.Code!, form.Name, form.ShortName, kind, form.IndexCode));
        return Answer(outcome, form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(Actor actor, int id)
    {
        var unit = await units.GetAsync(actor, id);
        if (!unit.Allowed)
        {
            return Refused(unit.Refusal!);
        }

        return unit.Value is not { } row ? Missing("该单位不存在。") : View(FormView, new UnitForm
        {
            Id = row.Id,
            Code = row.Code,
            Name = row.Name,
            ShortName = row.ShortName,
            IndexCode = row.IndexCode,
            Kind = row.Kind,
            StaffCount = row.StaffCount,
            Message = TempData[MessageKey] as string,
        });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(Actor actor, int id, UnitForm form)
    {
        var unit = await units.GetAsync(actor, id);
        if (!unit.Allowed)
        {
            return Refused(unit.Refusal!);
        }

        if (unit.Value is not { } row)
        {
            return Missing("该单位不存在。");
        }

        (form.Id, form.Code, form.StaffCount) = (row.Id, row.Code, row.StaffCount);
        if (!ModelState.IsValid || form.Kind is not { } kind)
        {
            return View(FormView, form);
        }

        return Answer(await units.UpdateAsync(actor, id, new OrgUnitInput(row.Code, form.Name, form.ShortName, kind, form.IndexCode)), form);
    }

    private IActionResult Answer(Outcome outcome, UnitForm form) => Answer(outcome, UrlOf(nameof(Edit), new { id = outcome.Id }), o =>
    {
        AddErrors(o);
        return View(FormView, form);
    });
}
