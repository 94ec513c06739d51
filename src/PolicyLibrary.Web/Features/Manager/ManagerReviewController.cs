using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The actions on a document's page: submit, approve, reject, withdraw, change validity, change drafting unit.</summary>
[Route("manager/documents/{id:int}")]
public sealed class ManagerReviewController(CurrentActor current, ManagerQueries queries, ReviewWorkflow workflow, DocumentEditor editor)
    : ManagerControllerBase(current, queries)
{
    [HttpPost("submit")]
    public Task<IActionResult> Submit(int id) => AsActorAsync(async actor =>
        await ResultAsync(actor, id, "submit", await workflow.SubmitAsync(actor, id, HttpContext.RequestAborted)));

    [HttpPost("approve")]
    public Task<IActionResult> Approve(int id, string? comment, string? publishAt) => AsActorAsync(async actor =>
    {
        if (!ManagerDisplay.TryParseBeijingTime(publishAt, out var publishAtUtc))
        {
            if (Permissions.Review(actor) is { } refusal)
            {
                return Refused(refusal);
            }

            return await ResultAsync(actor, id, "approve", Outcome.Invalid(new Dictionary<string, string> { ["PublishAt"] = "发布时间格式不正确，请选择日期和时间（北京时间）。" }));
        }

        return await ResultAsync(actor, id, "approve", await workflow.ApproveAsync(actor, id, comment, publishAtUtc, HttpContext.RequestAborted));
    });

    [HttpPost("reject")]
    public Task<IActionResult> Reject(int id, string? comment) => AsActorAsync(async actor =>
        await ResultAsync(actor, id, "reject", Permissions.Review(actor) is { } refusal ? Outcome.Refused(refusal)
            : await workflow.RejectAsync(actor, id, comment, HttpContext.RequestAborted)));

    [HttpPost("withdraw")]
    public Task<IActionResult> Withdraw(int id, string? reason) => AsActorAsync(async actor =>
        await ResultAsync(actor, id, "withdraw", await workflow.WithdrawAsync(actor, id, reason, HttpContext.RequestAborted)));

    [HttpPost("validity")]
    public Task<IActionResult> Validity(int id, string? validity, string? changedOn, string? replacedBy) => AsActorAsync(async actor =>
    {
        var errors = new Dictionary<string, string>();
        if (!EnumLabels<Validity>.TryParseName(validity, out var parsed))
        {
            errors["Validity"] = "请选择有效性。";
        }

        if (!ManagerDisplay.TryParseDate(changedOn, out var date))
        {
            errors["ChangedOn"] = "变更日期格式不正确，应形如 2017-05-01。";
        }

        if (errors.Count > 0)
        {
            var rules = await Queries.RulesAsync(id, HttpContext.RequestAborted);
            return rules is null ? NotFound()
                : Permissions.ChangeValidity(actor, rules) is { } refusal ? Refused(refusal)
                : await ResultAsync(actor, id, "validity", Outcome.Invalid(errors));
        }

        return await ResultAsync(actor, id, "validity", await editor.ChangeValidityAsync(actor, id, parsed, date, replacedBy, HttpContext.RequestAborted));
    });

    [HttpPost("drafting-unit")]
    public Task<IActionResult> DraftingUnit(int id, string? unitCode, string? reason) => AsActorAsync(async actor =>
    {
        if (Permissions.ChangeDraftingUnit(actor) is { } refusal)
        {
            return Refused(refusal);
        }

        if (string.IsNullOrWhiteSpace(unitCode) || !(await Queries.OrgUnitsAsync(HttpContext.RequestAborted)).Any(u => u.Code == unitCode))
        {
            return await Queries.RulesAsync(id, HttpContext.RequestAborted) is null ? NotFound()
                : await ResultAsync(actor, id, "drafting-unit", Outcome.Invalid(new Dictionary<string, string> { ["UnitCode"] = "请选择新的起草单位。" }));
        }

        return await ResultAsync(actor, id, "drafting-unit",
            await editor.ChangeDraftingUnitAsync(actor, id, unitCode, reason ?? "", HttpContext.RequestAborted));
    });

    private async Task<IActionResult> ResultAsync(Actor actor, int id, string form, Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Done => Done(outcome.Message, $"/manager/documents/{id}"),
        OutcomeKind.Refused => Refused(outcome.Message),
        OutcomeKind.NotFound => NotFound(),
        OutcomeKind.Conflict => await ShowDocumentAsync(actor, id, StatusCodes.Status409Conflict, form, null, outcome.Message),
        _ => await ShowDocumentAsync(actor, id, StatusCodes.Status400BadRequest, form, outcome.Errors, outcome.Message),
    };
}
