using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Staff;

/// <summary>/manager/users: the staff list, a new account, and a member's unit, roles and lockout.</summary>
[Route("manager/users")]
public sealed class StaffAccountsController(StaffAccounts accounts, StaffDirectory directory, OrgUnitDirectory units) : AdministratorController
{
    private const string Views = "~/Features/Staff/";

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, string? unit, string? q, int page = 1)
    {
        var unitList = await units.ListAsync(actor);
        if (!unitList.Allowed)
        {
            return Refused(unitList.Refusal!);
        }

        string? message = null;
        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            unitId = unitList.Value!.FirstOrDefault(u => u.Code == unit.Trim())?.Id;
            message = unitId is null ? $"单位“{unit}”不存在，请从列表中选择。" : null;
        }

        if (q is { Length: > 50 })
        {
            message = "搜索词最长 50 个字。";
        }

        var staff = await accounts.ListAsync(actor, unitId, message is null ? q : null, message is null ? page : 1);
        var list = message is null ? staff.Value! : staff.Value! with { Items = [], TotalCount = 0 };
        return View(Views + "StaffList.cshtml", new StaffListPage(list, unitList.Value!, unit, q, message));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(Actor actor)
    {
        var unitList = await units.ListAsync(actor);
        return unitList.Allowed
            ? View(Views + "StaffNew.cshtml", new NewStaffForm { Roles = [Roles.Staff], Units = unitList.Value! })
            : Refused(unitList.Refusal!);
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Actor actor, NewStaffForm form)
    {
        var unitList = await units.ListAsync(actor);
        if (!unitList.Allowed)
        {
            return Refused(unitList.Refusal!);
        }

        form.Units = unitList.Value!;
        if (form.Roles.Count == 0)
        {
            ModelState.AddModelError(nameof(form.Roles), "请至少选择一个角色。");
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "StaffNew.cshtml", form);
        }

        var outcome = await directory.CreateAsync(actor, new StaffInput(form.UserName, form.DisplayName, form.Email, form.OrgUnitCode, form.Roles, form.Password));
        if (outcome.Kind == OutcomeKind.Refused)
        {
            return Refused(outcome.Message);
        }

        if (!outcome.Succeeded)
        {
            AddErrors(outcome);
            return View(Views + "StaffNew.cshtml", form);
        }

        TempData[MessageKey] = $"用户 {form.DisplayName}（{form.UserName.Trim()}）已创建。";
        return RedirectToAction(nameof(Index), new { q = form.UserName.Trim() });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(Actor actor, string id)
    {
        var form = new EditStaffForm();
        if (await FillAsync(actor, id, form) is { } stop)
        {
            return stop;
        }

        form.OrgUnitCode = form.Staff!.OrgUnitCode;
        form.Roles = [.. form.Staff.Roles];
        form.Message = TempData[MessageKey] as string;
        return View(Views + "StaffEdit.cshtml", form);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(Actor actor, string id, EditStaffForm form)
    {
        if (await FillAsync(actor, id, form) is { } stop)
        {
            return stop;
        }

        if (form.Roles.Count == 0)
        {
            ModelState.AddModelError(nameof(form.Roles), "请至少选择一个角色。");
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "StaffEdit.cshtml", form);
        }

        var outcome = await directory.ChangeAsync(actor, id, form.OrgUnitCode, form.Roles);
        // An administrator refused by a rule of the account (the last administrator keeps the role …) reads it on the form.
        return Answer(outcome.Kind == OutcomeKind.Refused && Permissions.Administer(actor) is null ? outcome with { Kind = OutcomeKind.Invalid } : outcome,
            UrlOf(nameof(Edit), new { id }), o =>
            {
                AddErrors(o);
                return View(Views + "StaffEdit.cshtml", form);
            });
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(Actor actor, string id) =>
        Answer(await accounts.UnlockAsync(actor, id), UrlOf(nameof(Edit), new { id }));

    /// <summary>The member and the units for the edit form, or the page that stops the request (refused or not found).</summary>
    private async Task<IActionResult?> FillAsync(Actor actor, string id, EditStaffForm form)
    {
        var staff = await accounts.GetAsync(actor, id);
        if (!staff.Allowed)
        {
            return Refused(staff.Refusal!);
        }

        if (staff.Value is null)
        {
            return Missing("该用户不存在。");
        }

        form.Staff = staff.Value;
        form.Units = (await units.ListAsync(actor)).Value!;
        return null;
    }
}
