using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Documents;
using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The actions on a document's page: submit, approve, reject, withdraw, change validity, change drafting unit.</summary>
[Route("manager/documents/{id:int}")]
public sealed class ManagerReviewController(ManagerQueries queries, ReviewWorkflow workflow, DocumentEditor editor)
    : ManagerControllerBase(queries)
{
    [HttpPost("submit")]
    public async Task<IActionResult> Submit(Actor actor, int id) =>
        await ResultAsync(actor, id, "submit", await workflow.SubmitAsync(actor, id, HttpContext.RequestAborted));

    [HttpPost("approve")]
    public async Task<IActionResult> Approve(Actor actor, int id, string? comment, DateTime? publishAt)
    {
        if (!IsBound(nameof(publishAt)))
        {
            // Someone who may not review is told so, not that the time is malformed.
            return await ResultAsync(actor, id, "approve", Permissions.Review(actor) is { } refusal ? Outcome.Refused(refusal)
                : Outcome.Invalid(new Dictionary<string, string> { ["PublishAt"] = "发布时间格式不正确，请选择日期和时间（北京时间）。" }));
        }

        // The field is a datetime-local in Beijing time.
        var publishAtUtc = publishAt is { } beijing ? ChinaTime.ToUtc(beijing) : (DateTime?)null;
        return await ResultAsync(actor, id, "approve", await workflow.ApproveAsync(actor, id, comment, publishAtUtc, HttpContext.RequestAborted));
    }

    /// <summary>The review form posts both boxes; a return reads its own (returnComment), a bare post its comment.</summary>
    [HttpPost("reject")]
    public async Task<IActionResult> Reject(Actor actor, int id, string? comment, string? returnComment) =>
        await ResultAsync(actor, id, "reject", await workflow.RejectAsync(
            actor, id, Request.HasFormContentType && Request.Form.ContainsKey(nameof(returnComment)) ? returnComment : comment, HttpContext.RequestAborted));

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(Actor actor, int id, string? reason, string? confirmed)
    {
        // What would be refused or is incomplete is said at once; what would take the document off the site is asked first.
        if (!ConfirmPage.IsConfirmed(confirmed) && Permissions.Withdraw(actor) is null && !string.IsNullOrWhiteSpace(reason) && reason.Length <= 500
            && await Queries.RulesAsync(id, HttpContext.RequestAborted) is { Status: WorkflowStatus.Published or WorkflowStatus.Approved } document)
        {
            return Confirm(new ConfirmPage("确认撤回", $"撤回后，《{document.Title}》及其解读将不再在公众页面显示。确定撤回吗？",
                UrlOf(nameof(Withdraw), new { id }), [new("reason", reason)], "确认撤回", UrlOf<ManagerDocumentsController>(nameof(ManagerDocumentsController.Show), new { id }))
            {
                Details = [new("撤回理由", reason.Trim())],
            });
        }

        return await ResultAsync(actor, id, "withdraw", await workflow.WithdrawAsync(actor, id, reason, HttpContext.RequestAborted));
    }

    [HttpPost("reschedule")]
    public async Task<IActionResult> Reschedule(Actor actor, int id, DateTime? publishAt, string? cancel)
    {
        if (cancel is null && (!IsBound(nameof(publishAt)) || publishAt is null))
        {
            return await ResultAsync(actor, id, "reschedule", Permissions.Review(actor) is { } refusal ? Outcome.Refused(refusal)
                : Outcome.Invalid(new Dictionary<string, string> { ["PublishAt"] = "请选择新的发布时间（北京时间）。" }));
        }

        var publishAtUtc = cancel is null && publishAt is { } beijing ? ChinaTime.ToUtc(beijing) : (DateTime?)null;
        return await ResultAsync(actor, id, "reschedule", await workflow.RescheduleAsync(actor, id, publishAtUtc, HttpContext.RequestAborted));
    }

    [HttpPost("validity")]
    public async Task<IActionResult> Validity(Actor actor, int id, Validity? validity, DateOnly? changedOn, string? replacedBy)
    {
        var errors = new Dictionary<string, string>();
        // Missing, or not the name of one (the binder's message): the choice is a list, so the form says choose.
        if (validity is null)
        {
            errors["Validity"] = "请选择有效性。";
        }

        if (!IsBound(nameof(changedOn)))
        {
            errors["ChangedOn"] = "变更日期格式不正确，应形如 2017-05-01。";
        }

        if (errors.Count > 0)
        {
            var rules = await Queries.RulesAsync(id, HttpContext.RequestAborted);
            return rules is null ? NotFound()
                : await ResultAsync(actor, id, "validity", Permissions.ChangeValidity(actor, rules) is { } refusal ? Outcome.Refused(refusal) : Outcome.Invalid(errors));
        }

        return await ResultAsync(actor, id, "validity", await editor.ChangeValidityAsync(actor, id, validity!.Value, changedOn, replacedBy, HttpContext.RequestAborted));
    }

    [HttpPost("index-number")]
    public async Task<IActionResult> IndexNumber(Actor actor, int id, string? indexNumber) =>
        await ResultAsync(actor, id, "index-number", await editor.ChangeIndexNumberAsync(actor, id, indexNumber, HttpContext.RequestAborted));

    [HttpPost("drafting-unit")]
    public async Task<IActionResult> DraftingUnit(Actor actor, int id, string? unitCode, string? reason)
    {
        if (Permissions.ChangeDraftingUnit(actor) is null
            && (string.IsNullOrWhiteSpace(unitCode) || !(await Queries.OrgUnitsAsync(HttpContext.RequestAborted)).Any(u => u.Code == unitCode)))
        {
            return await Queries.RulesAsync(id, HttpContext.RequestAborted) is null ? NotFound()
                : await ResultAsync(actor, id, "drafting-unit", Outcome.Invalid(new Dictionary<string, string> { ["UnitCode"] = "请选择新的起草单位。" }));
        }

        return await ResultAsync(actor, id, "drafting-unit",
            await editor.ChangeDraftingUnitAsync(actor, id, unitCode ?? "", reason ?? "", HttpContext.RequestAborted));
    }

    /// <summary>Whether the field bound (empty counts: it is optional); a value that is not a time or date did not.</summary>
    private bool IsBound(string field) => ModelState.GetFieldValidationState(field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid;

    private Task<IActionResult> ResultAsync(Actor actor, int id, string form, Outcome outcome) =>
        AnswerAsync(outcome, UrlOf<ManagerDocumentsController>(nameof(ManagerDocumentsController.Show), new { id }), o => o.Kind == OutcomeKind.Conflict
            ? ShowDocumentAsync(actor, id, StatusCodes.Status409Conflict, form, null, o.Message)
            : ShowDocumentAsync(actor, id, StatusCodes.Status400BadRequest, form, o.Errors, o.Message));
}
