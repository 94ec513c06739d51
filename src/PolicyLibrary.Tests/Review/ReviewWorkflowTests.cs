using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Tests.Review;

public class ReviewWorkflowTests : EditorialTest
{
    [Fact]
    public async Task Submit_ShouldRefuseANormativeDocument_WithoutInterpretationOrPlan()
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();

        var outcome = await scope.Workflow.SubmitAsync(Drafter, id);

        // A rule the drafter can still meet: invalid input with the way forward, not a refusal.
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("同步审签", outcome.Errors[ReviewWorkflow.SubmitField], StringComparison.Ordinal);
        Assert.Contains("请先撰写解读", outcome.Errors[ReviewWorkflow.SubmitField], StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Draft, (await scope.Db.Documents.SingleAsync(d => d.Id == id)).Status);
    }

    [Fact]
    public async Task Submit_ShouldAcceptAnInterpretationPlan_OrADocumentKindThatNeedsNone()
    {
        var planned = await CreateDocumentAsync(NewDocument() with
        {
            PlannedInterpretationForm = InterpretationForm.QuestionsAndAnswers,
            PlannedInterpretationDueOn = new DateOnly(2016, 10, 12),
        });
        var notice = await CreateDocumentAsync(NewDocument("011043070/2016-00902", DocumentKind.Other));
        await using var scope = Scope();

        Assert.True((await scope.Workflow.SubmitAsync(Drafter, planned)).Succeeded);
        Assert.True((await scope.Workflow.SubmitAsync(Drafter, notice)).Succeeded);
    }

    [Fact]
    public async Task Submit_ShouldBeRefused_ForADrafterOfAnotherUnit()
    {
        var id = await CreateDocumentAsync();
        await CreateInterpretationAsync(id);
        await using var scope = Scope();

        var outcome = await scope.Workflow.SubmitAsync(OtherUnitDrafter, id);

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Contains("谁起草，谁解读", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ShouldPublishDocumentAndInterpretationTogether()
    {
        var id = await CreateDocumentAsync();
        var interpretationId = await CreateInterpretationAsync(id);
        await using (var submit = Scope())
        {
            Assert.True((await submit.Workflow.SubmitAsync(Drafter, id)).Succeeded);
            Assert.Equal(WorkflowStatus.InReview, (await submit.Db.Interpretations.SingleAsync(i => i.Id == interpretationId)).Status);
        }

        await using var scope = Scope();
        var outcome = await scope.Workflow.ApproveAsync(Reviewer, id, "经保密审查，不涉密。", null);

        Assert.True(outcome.Succeeded, outcome.Message);
        var document = await QueryAsync(db => db.Documents.Include(d => d.Interpretations).SingleAsync(d => d.Id == id));
        Assert.Equal(WorkflowStatus.Published, document.Status);
        Assert.Equal(WorkflowStatus.Published, document.Interpretations.Single().Status);
        Assert.Equal(document.PublishedAtUtc, document.Interpretations.Single().PublishedAtUtc);
        var record = await QueryAsync(db => db.ReviewRecords.SingleAsync(r => r.DocumentId == id));
        Assert.Equal((ReviewDecision.Approved, "reviewer", "文件及解读"), (record.Decision, record.ReviewerId, record.Scope));

        var library = new LibraryQueries(scope.Db, Clock);
        var page = await library.DocumentAsync(document.Slug);
        Assert.Equal(document.Interpretations.Single().Slug, Assert.Single(page!.Interpretations).Slug);
    }

    [Fact]
    public async Task Approve_ShouldBeRefused_ForTheirOwnDraft_AndForSomeoneWhoIsNotAReviewer()
    {
        var drafterAndReviewer = Drafter with { Roles = new HashSet<string> { Roles.Drafter, Roles.Reviewer } };
        await using var create = Scope();
        var id = (await create.Documents.CreateAsync(drafterAndReviewer, NewDocument("011043070/2016-00903", DocumentKind.Other))).Id;
        Assert.True((await create.Workflow.SubmitAsync(drafterAndReviewer, id)).Succeeded);

        await using var scope = Scope();
        var own = await scope.Workflow.ApproveAsync(drafterAndReviewer, id, null, null);
        var drafter = await scope.Workflow.ApproveAsync(OtherUnitDrafter, id, null, null);

        Assert.Equal(OutcomeKind.Refused, own.Kind);
        Assert.Contains("自己起草", own.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Refused, drafter.Kind);
        Assert.Equal(WorkflowStatus.InReview, (await scope.Db.Documents.SingleAsync(d => d.Id == id)).Status);
    }

    [Fact]
    public async Task Reject_ShouldNeedAComment_AndReturnTheDraftWithIt()
    {
        var id = await CreateDocumentAsync();
        await CreateInterpretationAsync(id);
        await using var scope = Scope();
        Assert.True((await scope.Workflow.SubmitAsync(Drafter, id)).Succeeded);

        Assert.Equal(OutcomeKind.Invalid, (await scope.Workflow.RejectAsync(Reviewer, id, "  ")).Kind);
        Assert.True((await scope.Workflow.RejectAsync(Reviewer, id, "第三条涉及内部工作安排，请删除后再报。")).Succeeded);

        var document = await QueryAsync(db => db.Documents.Include(d => d.Interpretations).SingleAsync(d => d.Id == id));
        Assert.Equal(WorkflowStatus.Draft, document.Status);
        Assert.All(document.Interpretations, i => Assert.Equal(WorkflowStatus.Draft, i.Status));
        var record = await QueryAsync(db => db.ReviewRecords.SingleAsync(r => r.DocumentId == id));
        Assert.Equal((ReviewDecision.Rejected, "第三条涉及内部工作安排，请删除后再报。"), (record.Decision, record.Comment));
    }

    [Fact]
    public async Task ScheduledPublication_ShouldWaitForItsTime_AndSurviveARestart()
    {
        var id = await CreateDocumentAsync();
        await CreateInterpretationAsync(id);
        var at = Clock.Now.UtcDateTime.AddHours(6);
        await using (var scope = Scope())
        {
            Assert.True((await scope.Workflow.SubmitAsync(Drafter, id)).Succeeded);
            Assert.True((await scope.Workflow.ApproveAsync(Reviewer, id, null, at)).Succeeded);
            Assert.Equal(0, await scope.Workflow.PublishDueAsync());
        }

        Assert.Null(await QueryAsync(db => new LibraryQueries(db, Clock).DocumentAsync(db.Documents.Single(d => d.Id == id).Slug)));

        // A new scope stands for the restarted service: the schedule is in the database.
        Clock.Advance(TimeSpan.FromHours(7));
        await using var restarted = Scope();
        Assert.Equal(2, await restarted.Workflow.PublishDueAsync());
        var document = await restarted.Db.Documents.Include(d => d.Interpretations).SingleAsync(d => d.Id == id);
        Assert.Equal((WorkflowStatus.Published, at), (document.Status, document.PublishedAtUtc!.Value));
        Assert.Equal(WorkflowStatus.Published, document.Interpretations.Single().Status);
    }

    [Fact]
    public async Task Reschedule_ShouldMoveOrCancelAScheduledPublication_OnlyBeforeItFallsDue()
    {
        var id = await CreateDocumentAsync();
        var interpretationId = await CreateInterpretationAsync(id);
        var at = Clock.Now.UtcDateTime.AddHours(6);
        await using var scope = Scope();
        Assert.True((await scope.Workflow.SubmitAsync(Drafter, id)).Succeeded);
        Assert.True((await scope.Workflow.ApproveAsync(Reviewer, id, null, at)).Succeeded);

        Assert.Equal(OutcomeKind.Refused, (await scope.Workflow.RescheduleAsync(Drafter, id, at.AddDays(1))).Kind);
        Assert.Equal(OutcomeKind.Invalid, (await scope.Workflow.RescheduleAsync(Reviewer, id, Clock.Now.UtcDateTime.AddMinutes(-1))).Kind);
        Assert.True((await scope.Workflow.RescheduleAsync(Reviewer, id, at.AddDays(1))).Succeeded);
        var moved = await QueryAsync(db => db.Documents.Include(d => d.Interpretations).SingleAsync(d => d.Id == id));
        Assert.Equal((WorkflowStatus.Approved, at.AddDays(1), at.AddDays(1)),
            (moved.Status, moved.ScheduledPublishAtUtc, moved.Interpretations.Single(i => i.Id == interpretationId).ScheduledPublishAtUtc));

        Clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal(0, await scope.Workflow.PublishDueAsync());
        Assert.True((await scope.Workflow.RescheduleAsync(Reviewer, id, null)).Succeeded);
        var cancelled = await QueryAsync(db => db.Documents.Include(d => d.Interpretations).SingleAsync(d => d.Id == id));
        Assert.Equal((WorkflowStatus.InReview, null, WorkflowStatus.InReview), (cancelled.Status, cancelled.ScheduledPublishAtUtc, cancelled.Interpretations.Single().Status));
        Assert.Equal(2, await scope.Db.AuditEvents.CountAsync(e => e.DocumentId == id && e.Action == AuditAction.ScheduleChanged));
        Assert.Equal(OutcomeKind.Refused, (await scope.Workflow.RescheduleAsync(Reviewer, id, null)).Kind);
    }

    [Fact]
    public async Task Submit_ShouldBringAWithdrawnDocumentBackThroughReview_AndApprovalRepublishesIt()
    {
        var document = await QueryAsync(db => db.Documents.SingleAsync(d => d.Slug == "disclosure-notice-2016-66"));
        await using var scope = Scope();
        Assert.True((await scope.Workflow.WithdrawAsync(Reviewer, document.Id, "发现涉及个人信息，暂停公开。")).Succeeded);

        Assert.True((await scope.Workflow.SubmitAsync(Drafter, document.Id)).Succeeded);
        Assert.Equal(WorkflowStatus.InReview, (await QueryAsync(db => db.Documents.SingleAsync(d => d.Id == document.Id))).Status);
        Assert.True(await scope.Db.AuditEvents.AnyAsync(e => e.DocumentId == document.Id && e.Action == AuditAction.Resubmitted));
        Assert.True((await scope.Workflow.ApproveAsync(Reviewer, document.Id, "已删除个人信息，同意重新发布。", null)).Succeeded);

        Assert.NotNull(await new LibraryQueries(scope.Db, Clock).DocumentAsync(document.Slug));
    }

    [Fact]
    public async Task ChangeValidity_ShouldBeOpenToReviewers()
    {
        var document = await QueryAsync(db => db.Documents.SingleAsync(d => d.Slug == "disclosure-notice-2016-66"));
        await using var scope = Scope();

        var outcome = await scope.Documents.ChangeValidityAsync(Reviewer, document.Id, Validity.Revised, new DateOnly(2017, 3, 1), "011043070/2016-00067");

        Assert.True(outcome.Succeeded, outcome.Message + string.Join("；", outcome.Errors.Values));
        var marked = await QueryAsync(db => db.Documents.Include(d => d.ReplacedBy).SingleAsync(d => d.Id == document.Id));
        Assert.Equal((Validity.Revised, "011043070/2016-00067"), (marked.Validity, marked.ReplacedBy!.IndexNumber));
    }

    [Fact]
    public async Task Withdraw_ShouldTakeTheDocumentOffEveryPublicListAtOnce()
    {
        var document = await QueryAsync(db => db.Documents.SingleAsync(d => d.Slug == "disclosure-notice-2016-66"));
        await using var scope = Scope();

        Assert.Equal(OutcomeKind.Refused, (await scope.Workflow.WithdrawAsync(Drafter, document.Id, "错误")).Kind);
        Assert.Equal(OutcomeKind.Invalid, (await scope.Workflow.WithdrawAsync(Reviewer, document.Id, "")).Kind);
        Assert.True((await scope.Workflow.WithdrawAsync(Reviewer, document.Id, "发现涉及个人信息，暂停公开。")).Succeeded);

        var library = new LibraryQueries(scope.Db, Clock);
        Assert.Null(await library.DocumentAsync(document.Slug));
        Assert.Null(await library.InterpretationAsync("disclosure-notice-2016-66-tujie"));
        Assert.DoesNotContain((await library.DocumentsAsync(new DocumentFilter())).Documents.Items, d => d.Slug == document.Slug);
        Assert.DoesNotContain((await library.HomeAsync()).LatestInterpretations, i => i.DocumentSlug == document.Slug);
    }

    [Fact]
    public async Task TrailingInterpretation_ShouldBeReviewedOnItsOwn_AfterItsDocumentIsPublished()
    {
        var id = await CreateDocumentAsync(NewDocument() with
        {
            PlannedInterpretationForm = InterpretationForm.Text,
            PlannedInterpretationDueOn = new DateOnly(2016, 10, 10),
        });
        await using (var scope = Scope())
        {
            Assert.True((await scope.Workflow.SubmitAsync(Drafter, id)).Succeeded);
            Assert.True((await scope.Workflow.ApproveAsync(Reviewer, id, null, null)).Succeeded);
        }

        var interpretationId = await CreateInterpretationAsync(id);
        await using var later = Scope();
        Assert.True((await later.Workflow.SubmitAsync(Drafter, id)).Succeeded);
        Assert.True((await later.Workflow.ApproveAsync(Reviewer, id, null, null)).Succeeded);

        Assert.Equal(WorkflowStatus.Published, (await QueryAsync(db => db.Interpretations.SingleAsync(i => i.Id == interpretationId))).Status);
        Assert.Equal("解读", (await QueryAsync(db => db.ReviewRecords.Where(r => r.DocumentId == id).OrderBy(r => r.Id).ToListAsync())).Last().Scope);
    }
}
