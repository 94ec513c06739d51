using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Admin;

/// <summary>/manager/units: the org units, a new one, and editing one (its code stays as created).</summary>
[Route("manager/units")]
public sealed class AdminUnitsController(CurrentActor currentActor, OrgUnitDirectory units) : AdminController(currentActor)
{
    private const string FormView = Views + "UnitEdit.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var list = await units.ListAsync(await ActorAsync());
        return list.Allowed ? View(Views + "Units.cshtml", list.Value) : Refuse(list.Refusal!);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New() =>
        Permissions.Administer(await ActorAsync()) is { } refusal ? Refuse(refusal) : View(FormView, new UnitForm { Kind = nameof(OrgUnitKind.Department) });

    [HttpPost("new")]
    public async Task<IActionResult> New(UnitForm form)
    {
        var actor = await ActorAsync();
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (string.IsNullOrWhiteSpace(form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), "请填写单位代码。");
        }

        var kind = ParseKind(form.Kind);
        if (!ModelState.IsValid || kind is null)
        {
            return View(FormView, form);
        }

        var outcome = await units.CreateAsync(actor, new OrgUnitInput(form.Code!, form.Name, form.ShortName, kind.Value));
        return Answer(outcome, form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var unit = await units.GetAsync(await ActorAsync(), id);
        if (!unit.Allowed)
        {
            return Refuse(unit.Refusal!);
        }

        return unit.Value is not { } row ? Missing("该单位不存在。") : View(FormView, new UnitForm
        {
            Id = row.Id,
            Code = row.Code,
            Name = row.Name,
            ShortName = row.ShortName,
            Kind = row.Kind.ToString(),
            StaffCount = row.StaffCount,
            Message = TempData["AdminMessage"] as string,
        });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, UnitForm form)
    {
        var actor = await ActorAsync();
        var unit = await units.GetAsync(actor, id);
        if (!unit.Allowed)
        {
            return Refuse(unit.Refusal!);
        }

        if (unit.Value is not { } row)
        {
            return Missing("该单位不存在。");
        }

        (form.Id, form.Code, form.StaffCount) = (row.Id, row.Code, row.StaffCount);
        var kind = ParseKind(form.Kind);
        if (!ModelState.IsValid || kind is null)
        {
            return View(FormView, form);
        }

        return Answer(await units.UpdateAsync(actor, id, new OrgUnitInput(row.Code, form.Name, form.ShortName, kind.Value)), form);
    }

    private OrgUnitKind? ParseKind(string? value)
    {
        if (EnumLabels<OrgUnitKind>.TryParseName(value, out var kind))
        {
            return kind;
        }

        if (!ModelState.ContainsKey(nameof(UnitForm.Kind)) || ModelState[nameof(UnitForm.Kind)]!.Errors.Count == 0)
        {
            ModelState.AddModelError(nameof(UnitForm.Kind), $"请选择单位类型：{EnumLabels<OrgUnitKind>.AllLabels}。");
        }

        return null;
    }

    private IActionResult Answer(Outcome outcome, UnitForm form)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                TempData["AdminMessage"] = outcome.Message;
                return Redirect($"/manager/units/{outcome.Id}");
            case OutcomeKind.Refused:
                return Refuse(outcome.Message);
            case OutcomeKind.NotFound:
                return Missing(outcome.Message);
            default:
                AddErrors(outcome);
                return View(FormView, form);
        }
    }
}
