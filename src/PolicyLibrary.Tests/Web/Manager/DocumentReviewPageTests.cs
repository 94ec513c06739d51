using System.Net;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

/// <summary>The reviewer's actions on a document's page: one stacked review form, confirmation, rescheduling, republishing.</summary>
public class DocumentReviewPageTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    [Fact]
    public async Task ReviewForm_ShouldStackApproveAndReturn_WithLargeCommentBoxes()
    {
        var id = await manager.InReviewAsync();
        var page = await manager.Client(Who.Reviewer).GetPageAsync($"/manager/documents/{id}");

        // The theme's .actions is a flex row (heading last, forms squeezed side by side): the section no longer uses it.
        Assert.Null(page.QuerySelector("section.actions"));
        Assert.Equal("操作", page.QuerySelector("section.document-actions")!.FirstElementChild!.TextContent);
        var form = page.QuerySelector($"form.review-form[action='/manager/documents/{id}/approve']")!;
        Assert.Equal(["审核通过", "退回修改"], form.QuerySelectorAll("legend").Select(l => l.TextContent).ToArray());
        Assert.All(form.QuerySelectorAll("textarea"), t => Assert.True(int.Parse(t.GetAttribute("rows")!, System.Globalization.CultureInfo.InvariantCulture) >= 6));
        Assert.Equal($"/manager/documents/{id}/reject", form.QuerySelector("button[formaction]")!.GetAttribute("formaction"));
    }

    [Fact]
    public async Task Return_ShouldKeepTheApprovalComment_WhenItsOwnCommentIsEmpty_AndViceVersa()
    {
        var id = await manager.InReviewAsync();
        using var returned = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/reject",
            [new("comment", "经保密审查，不涉密。"), new("publishAt", ""), new("returnComment", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, returned.StatusCode);
        var page = await returned.HtmlAsync();
        Assert.Equal("经保密审查，不涉密。", page.QuerySelector("#approve-comment")!.TextContent);
        Assert.Contains("必须填写审核意见", page.Text("#reject-Comment-error"), StringComparison.Ordinal);

        using var approved = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/approve",
            [new("comment", ""), new("publishAt", "明天"), new("returnComment", "第三条请删除。")]);
        Assert.Equal(HttpStatusCode.BadRequest, approved.StatusCode);
        Assert.Equal("第三条请删除。", (await approved.HtmlAsync()).QuerySelector("#reject-comment")!.TextContent);
        Assert.Equal(WorkflowStatus.InReview, (await manager.DocumentAsync(id)).Status);
    }

    [Fact]
    public async Task Withdraw_ShouldAskForConfirmation_AndThenRepublishThroughReview()
    {
        var id = await manager.PublishedAsync();
        using var asked = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/withdraw", [new("reason", "发现错别字")]);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var confirm = await asked.HtmlAsync();
        Assert.Equal("确认撤回", confirm.Text($"form[action='/manager/documents/{id}/withdraw'] button[type=submit]"));
        Assert.Equal("发现错别字", confirm.QuerySelector("input[name='reason']")!.GetAttribute("value"));
        Assert.Equal(WorkflowStatus.Published, (await manager.DocumentAsync(id)).Status);

        using var withdrawn = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/withdraw", [new("reason", "发现错别字"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(WorkflowStatus.Withdrawn, (await manager.DocumentAsync(id)).Status);

        var drafterPage = await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}");
        Assert.Equal("重新提交审核", drafterPage.Text($"form[action='/manager/documents/{id}/submit'] button"));
        using var resubmitted = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/submit");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(WorkflowStatus.InReview, (await manager.DocumentAsync(id)).Status);
    }

    [Fact]
    public async Task ScheduledPublication_ShouldBeMovedOrCancelledFromThePage()
    {
        var id = await manager.ScheduledAsync();
        var at = (await manager.DocumentAsync(id)).ScheduledPublishAtUtc!.Value;

        var page = await manager.Client(Who.Reviewer).GetPageAsync($"/manager/documents/{id}");
        Assert.NotNull(page.QuerySelector($"form[action='/manager/documents/{id}/reschedule'] #reschedule-publishAt"));
        var later = PolicyLibrary.ChinaTime.FromUtc(at.AddDays(1)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var moved = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/reschedule", [new("publishAt", later)]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.True((await manager.DocumentAsync(id)).ScheduledPublishAtUtc > at.AddHours(23));

        using var cancelled = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/reschedule", [new("publishAt", later), new("cancel", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var document = await manager.DocumentAsync(id);
        Assert.Equal((WorkflowStatus.InReview, (DateTime?)null), (document.Status, document.ScheduledPublishAtUtc));
    }

    [Fact]
    public async Task ValidityForm_ShouldSpeakChinese_ToAReviewer()
    {
        var id = await manager.PublishedAsync();
        var page = await manager.Client(Who.Reviewer).GetPageAsync($"/manager/documents/{id}");

        var label = page.Text("label[for='validity-replacedBy']");
        Assert.Contains("索引号、发文字号或网址", label, StringComparison.Ordinal);
        Assert.DoesNotContain("slug", page.QuerySelector("form[action$='/validity']")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
