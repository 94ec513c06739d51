using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Documents;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Documents;

public class DocumentEditorTests : EditorialTest
{
    [Fact]
    public async Task Create_ShouldMakeADraftOfTheDraftersUnit_WithARevisionAndAnAuditEvent()
    {
        var id = await CreateDocumentAsync();

        var document = await QueryAsync(db => db.Documents.Include(d => d.DraftingUnit).SingleAsync(d => d.Id == id));
        Assert.Equal((WorkflowStatus.Draft, "gov-office", "drafter"), (document.Status, document.DraftingUnit!.Code, document.CreatedById));
        Assert.Contains("id=\"一总体要求\"", document.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.Revisions.CountAsync(r => r.DocumentId == id)));
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.DocumentId == id && e.Action == AuditAction.DocumentCreated && e.ActorId == "drafter")));
    }

    [Fact]
    public async Task Create_ShouldBeRefused_WhenTheActorIsNotADrafter()
    {
        await using var scope = Scope();
        foreach (var actor in new[] { Staff, Reviewer, Administrator })
        {
            var outcome = await scope.Documents.CreateAsync(actor, NewDocument());
            Assert.Equal(PolicyLibrary.OutcomeKind.Refused, outcome.Kind);
        }

        Assert.False(await scope.Db.Documents.AnyAsync(d => d.IndexNumber == "011043070/2016-00901"));
    }

    [Fact]
    public async Task Create_ShouldExplainEveryBadFieldInChinese_AndStoreNothing()
    {
        await using var scope = Scope();
        var outcome = await scope.Documents.CreateAsync(Drafter, NewDocument() with
        {
            Title = "",
            DocumentNumber = "黄下政办[2016]130号",
            EffectiveOn = new DateOnly(2016, 9, 1),
            Disclosure = DisclosureAttribute.NotDisclosed,
            CategoryCode = "no-such-category",
            Slug = "disclosure-notice-2016-66", // the address of the 66号 notice
        });

        Assert.Equal(PolicyLibrary.OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("标题", outcome.Errors[nameof(DocumentInput.Title)], StringComparison.Ordinal);
        Assert.Contains("发文字号", outcome.Errors[nameof(DocumentInput.DocumentNumber)], StringComparison.Ordinal);
        Assert.Contains("施行日期不能早于成文日期", outcome.Errors[nameof(DocumentInput.EffectiveOn)], StringComparison.Ordinal);
        Assert.Contains("理由", outcome.Errors[nameof(DocumentInput.DisclosureReason)], StringComparison.Ordinal);
        Assert.Contains("分类", outcome.Errors[nameof(DocumentInput.CategoryCode)], StringComparison.Ordinal);
        Assert.Contains("已被其他文件使用", outcome.Errors[nameof(DocumentInput.Slug)], StringComparison.Ordinal);
        Assert.Equal(0, await scope.Db.Revisions.CountAsync());
    }

    [Fact]
    public async Task Update_ShouldBeRefused_ForADrafterOfAnotherUnit()
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();
        var version = (await scope.Db.Documents.SingleAsync(d => d.Id == id)).Version;

        var outcome = await scope.Documents.UpdateAsync(OtherUnitDrafter, id, NewDocument() with { Title = "篡改" }, version);

        Assert.Equal(PolicyLibrary.OutcomeKind.Refused, outcome.Kind);
        Assert.Contains("下陆区人民政府办公室", outcome.Message, StringComparison.Ordinal);
        Assert.NotEqual("篡改", await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task Update_ShouldReportAConflictAndKeepTheFirstSave_WhenTwoEditorsSaveTheSameVersion()
    {
        var id = await CreateDocumentAsync();
        var colleague = Drafter with { UserId = "colleague", DisplayName = "同事" };
        var version = await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());

        await using (var first = Scope())
        {
            Assert.True((await first.Documents.UpdateAsync(colleague, id, NewDocument() with { Title = "第一位编辑的标题" }, version)).Succeeded);
        }

        await using var second = Scope();
        var outcome = await second.Documents.UpdateAsync(Drafter, id, NewDocument() with { Title = "第二位编辑的标题" }, version);

        Assert.Equal(PolicyLibrary.OutcomeKind.Conflict, outcome.Kind);
        Assert.Contains("同事", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("第一位编辑的标题", await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task Restore_ShouldAddANewRevisionWithTheOldContent_AndTheDiffShowsTheChange()
    {
        var id = await CreateDocumentAsync();
        await using (var edit = Scope())
        {
            var version = (await edit.Db.Documents.SingleAsync(d => d.Id == id)).Version;
            Assert.True((await edit.Documents.UpdateAsync(Drafter, id, NewDocument() with { Title = "修改后的标题" }, version)).Succeeded);
        }

        await using var scope = Scope();
        var diff = await scope.Comparison.CompareAsync(RevisionSubject.Document, id, 1, 2);
        Assert.Contains(diff!, l => l.Change == DiffPlex.DiffBuilder.Model.ChangeType.Deleted && l.Text == "标题：下陆区人民政府办公室关于加强政策解读工作的通知");
        Assert.Contains(diff!, l => l.Change == DiffPlex.DiffBuilder.Model.ChangeType.Inserted && l.Text == "标题：修改后的标题");

        var first = await scope.Db.Revisions.SingleAsync(r => r.DocumentId == id && r.Number == 1);
        var current = await scope.Db.Documents.SingleAsync(d => d.Id == id);
        var restored = await scope.Documents.UpdateAsync(Drafter, id, RevisionLog.Read<DocumentInput>(first), current.Version, restoredRevision: 1);

        Assert.True(restored.Succeeded);
        Assert.Equal(NewDocument().Title, await QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
        Assert.Equal([1, 2, 3], await QueryAsync(db => db.Revisions.Where(r => r.DocumentId == id).Select(r => r.Number).OrderBy(n => n).ToListAsync()));
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.DocumentId == id && e.Action == AuditAction.RevisionRestored)));
    }

    [Fact]
    public async Task ChangeDraftingUnit_ShouldNeedAnAdministratorAndAReason_AndBeAudited()
    {
        var id = await CreateDocumentAsync();
        await using var scope = Scope();

        Assert.Equal(PolicyLibrary.OutcomeKind.Refused, (await scope.Documents.ChangeDraftingUnitAsync(Drafter, id, "finance", "调整")).Kind);
        Assert.Equal(PolicyLibrary.OutcomeKind.Invalid, (await scope.Documents.ChangeDraftingUnitAsync(Administrator, id, "finance", " ")).Kind);
        Assert.True((await scope.Documents.ChangeDraftingUnitAsync(Administrator, id, "finance", "职能划转至区财政局")).Succeeded);

        var audit = await QueryAsync(db => db.AuditEvents.SingleAsync(e => e.DocumentId == id && e.Action == AuditAction.DraftingUnitChanged));
        Assert.Contains("职能划转至区财政局", audit.Detail, StringComparison.Ordinal);
        Assert.Equal("admin", audit.ActorId);
    }

    [Fact]
    public async Task ChangeValidity_ShouldMarkAPublishedDocumentRepealedWithItsReplacement()
    {
        var old = await QueryAsync(db => db.Documents.SingleAsync(d => d.Slug == "disclosure-notice-2016-66"));
        var officeDrafter = Drafter;
        await using var scope = Scope();

        Assert.Equal(PolicyLibrary.OutcomeKind.Refused, (await scope.Documents.ChangeValidityAsync(OtherUnitDrafter, old.Id, Validity.Repealed, new DateOnly(2017, 1, 1), null)).Kind);
        Assert.Equal(PolicyLibrary.OutcomeKind.Invalid, (await scope.Documents.ChangeValidityAsync(officeDrafter, old.Id, Validity.Repealed, null, null)).Kind);
        Assert.Equal(PolicyLibrary.OutcomeKind.Invalid, (await scope.Documents.ChangeValidityAsync(officeDrafter, old.Id, Validity.Repealed, new DateOnly(2017, 1, 1), "no-such-doc")).Kind);
        var outcome = await scope.Documents.ChangeValidityAsync(officeDrafter, old.Id, Validity.Repealed, new DateOnly(2017, 1, 1), "disclosure-rules-2016-67");

        Assert.True(outcome.Succeeded, outcome.Message);
        var after = await QueryAsync(db => db.Documents.Include(d => d.ReplacedBy).SingleAsync(d => d.Id == old.Id));
        Assert.Equal((Validity.Repealed, new DateOnly(2017, 1, 1), "disclosure-rules-2016-67"), (after.Validity, after.ValidityChangedOn!.Value, after.ReplacedBy!.Slug));
    }
}
