using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Documents;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

/// <summary>The manager's pages end to end: forms with Chinese messages, preview, conflicts, review, revisions.</summary>
public class ManagerPagesTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    [Fact]
    public async Task Dashboard_ShouldShowUnitDocumentsByStatus_ForDrafters()
    {
        var id = await manager.InReviewAsync();
        var page = await manager.Client(Who.Drafter).GetPageAsync("/manager");

        // Every status has its group; drafts a reviewer returned (if any) come first, under 已退回.
        Assert.Equal(["草稿", "审核中", "已审核", "已发布", "已撤回"], page.QuerySelectorAll(".status-group h3:not(#status-returned)").Select(h => h.TextContent.Split(' ')[0]).ToArray());
        Assert.NotNull(page.QuerySelector($"#status-InReview ~ ul a[href='/manager/documents/{id}']"));
        Assert.Null(page.QuerySelector("#queue-heading"));
    }

    [Fact]
    public async Task Dashboard_ShouldListTheReviewQueue_ExceptWhatTheReviewerAuthored()
    {
        var id = await manager.InReviewAsync();
        var page = await manager.Client(Who.Reviewer).GetPageAsync("/manager");
        Assert.NotNull(page.QuerySelector($".review-queue a[href='/manager/documents/{id}']"));
        Assert.Null(page.QuerySelector("#unit-heading"));

        var drafterPage = await manager.Client(Who.Drafter).GetPageAsync("/manager");
        Assert.Null(drafterPage.QuerySelector(".review-queue"));
    }

    [Fact]
    public async Task New_ShouldShowChineseMessagesNextToFields_AndKeepTheInput_WhenInputIsInvalid()
    {
        var input = manager.NewInput() with { DocumentNumber = "66号", EffectiveOn = new DateOnly(2017, 1, 1), IssuingOrgan = "" };
        using var response = await manager.PostAsync(Who.Drafter, "/manager/documents/new", ManagerSite.Fields(input, Guid.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("格式不正确，应形如 黄下政办〔2016〕66号", page.Text("#DocumentNumber-error"), StringComparison.Ordinal);
        Assert.Equal("施行日期不能早于成文日期。", page.Text("#EffectiveOn-error"));
        Assert.Equal("请填写发文机关。", page.Text("#IssuingOrgan-error"));
        Assert.Equal("true", page.QuerySelector("#DocumentNumber")!.GetAttribute("aria-invalid"));
        Assert.Equal(input.Title, page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal(input.BodyMarkdown, page.QuerySelector("#BodyMarkdown")!.TextContent);
        Assert.False(await manager.DbAsync(db => db.Documents.AnyAsync(d => d.Title == input.Title)));
    }

    [Fact]
    public async Task New_ShouldAnswer400WithMessages_WhenValuesAreNotEvenOfTheRightType()
    {
        var fields = ManagerSite.Fields(manager.NewInput(), Guid.Empty)
            .Select(f => f.Key switch { "Kind" => new KeyValuePair<string, string>("Kind", "通知"), "WrittenOn" => new("WrittenOn", "昨天"), _ => f }).ToList();
        using var response = await manager.PostAsync(Who.Drafter, "/manager/documents/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("文件类型的格式不正确。", page.Text("#Kind-error"));
        Assert.Equal("成文日期的格式不正确。", page.Text("#WrittenOn-error"));
    }

    [Fact]
    public async Task New_ShouldCreateTheDraft_AndShowItsPage()
    {
        var input = manager.NewInput();
        using var response = await manager.PostAsync(Who.Drafter, "/manager/documents/new", ManagerSite.Fields(input, Guid.Empty));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await manager.Client(Who.Drafter).GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(input.Title, page.Text("h1"));
        var number = (await manager.DbAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Title == input.Title))).IndexNumber;
        Assert.Equal($"文件草稿已创建，索引号 {number}。", page.Text(".manager-message"));
        Assert.StartsWith("011043070/2017-", number, StringComparison.Ordinal);
        Assert.Equal("草稿", page.Text(".manager-facts .status"));
        Assert.Contains("第 1 版", page.Text(".manager-table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShouldRenderTheBodyExactlyAsThePublicPage_WithoutSaving()
    {
        var seed = await manager.DbAsync(db => db.Documents.AsNoTracking().FirstAsync(d => d.Slug == "disclosure-notice-2016-66"));
        var input = manager.NewInput() with { BodyMarkdown = seed.BodyMarkdown };
        var fields = ManagerSite.Fields(input, Guid.Empty);
        fields.Add(new("preview", "1"));

        using var response = await manager.PostAsync(Who.Drafter, "/manager/documents/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await response.HtmlAsync()).QuerySelector(".preview .body")!.InnerHtml.Trim();
        var published = (await manager.Client(Who.Anonymous).GetPageAsync("/documents/disclosure-notice-2016-66")).QuerySelector("article.document .body")!.InnerHtml.Trim();

        Assert.Equal(published, preview);
        Assert.Contains("<h", preview, StringComparison.Ordinal);
        Assert.False(await manager.DbAsync(db => db.Documents.AnyAsync(d => d.Title == input.Title)));
    }

    [Fact]
    public async Task Edit_ShouldAnswer409WithTheDiff_AndKeepTheInput_WhenSomeoneSavedMeanwhile()
    {
        var id = await manager.DraftAsync();
        var form = await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}/edit");
        var version = form.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        var original = await manager.DocumentAsync(id);

        // A colleague saves first.
        var colleague = await manager.ActorAsync("m-drafter");
        var theirs = DocumentInput.From(original) with { Title = "同事修改的标题", CategoryCode = "policy" };
        Assert.True((await manager.WithAsync(s => s.GetRequiredService<DocumentEditor>().UpdateAsync(colleague, id, theirs, original.Version))).Succeeded);

        var mine = manager.NewInput() with { Title = "我的标题", IndexNumber = original.IndexNumber, BodyMarkdown = "我的正文。" };
        using var response = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/edit", ManagerSite.Fields(mine, Guid.Parse(version)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("已修改并保存了该文件", page.Text(".conflict"), StringComparison.Ordinal);
        var lines = page.QuerySelectorAll(".diff li").Select(l => l.TextContent).ToList();
        Assert.Contains(lines, l => l.StartsWith('-') && l.Contains("标题：同事修改的标题", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('+') && l.Contains("标题：我的标题", StringComparison.Ordinal));
        Assert.Equal("我的标题", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal("我的正文。", page.QuerySelector("#BodyMarkdown")!.TextContent);
        var newVersion = page.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        Assert.Equal((await manager.DocumentAsync(id)).Version.ToString(), newVersion);
        Assert.Equal("同事修改的标题", (await manager.DocumentAsync(id)).Title);

        // Resubmitting the kept input with the new version saves it.
        using var again = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/edit", ManagerSite.Fields(mine, Guid.Parse(newVersion)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("我的标题", (await manager.DocumentAsync(id)).Title);
    }

    [Fact]
    public async Task Revisions_ShouldCompareAnyTwo_AndRestoreAnOldOneAsANewRevision()
    {
        var id = await manager.DraftAsync();
        var first = await manager.DocumentAsync(id);
        var edited = DocumentInput.From(first) with { Title = "第二版标题", CategoryCode = "policy", BodyMarkdown = "新的正文。" };
        using (var saved = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/edit", ManagerSite.Fields(edited, first.Version)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var compare = await manager.Client(Who.Reviewer).GetPageAsync($"/manager/documents/{id}/revisions?from=1&to=2");
        var lines = compare.QuerySelectorAll(".diff li").Select(l => l.TextContent).ToList();
        Assert.Contains(lines, l => l.StartsWith('-') && l.Contains($"标题：{first.Title}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('+') && l.Contains("新的正文。", StringComparison.Ordinal));
        Assert.Contains(compare.QuerySelectorAll(".diff li.diff-added .visually-hidden"), s => s.TextContent.StartsWith("新增", StringComparison.Ordinal));

        await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}/revisions?from=x&to=2", HttpStatusCode.BadRequest);
        await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}/revisions?from=1&to=9", HttpStatusCode.NotFound);

        var current = await manager.DocumentAsync(id);
        using var restore = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/revisions/1/restore", [new("version", current.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(first.Title, (await manager.DocumentAsync(id)).Title);
        var notes = await manager.DbAsync(db => db.Revisions.Where(r => r.Subject == RevisionSubject.Document && r.SubjectId == id).OrderBy(r => r.Number).Select(r => r.Note).ToListAsync());
        Assert.Equal(["创建", "修改", "恢复第 1 版"], notes);

        using var stale = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/revisions/2/restore", [new("version", current.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Approve_ShouldScheduleThePublication_InBeijingTime()
    {
        var id = await manager.InReviewAsync();
        using var response = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/approve", [new("comment", "同意"), new("publishAt", "2099-01-01T09:30")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var document = await manager.DocumentAsync(id);
        Assert.Equal(WorkflowStatus.Approved, document.Status);
        Assert.Equal(new DateTime(2099, 1, 1, 1, 30, 0), document.ScheduledPublishAtUtc);
        var page = await manager.Client(Who.Reviewer).GetPageAsync($"/manager/documents/{id}");
        Assert.Contains("2099-01-01 09:30", page.Text(".manager-facts"), StringComparison.Ordinal);
        Assert.Contains("同意", page.Text("#reviews-heading ~ .table-scroll"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approve", "publishAt", "明天", "发布时间格式不正确")]
    [InlineData("reject", "comment", "", "退回修改必须填写审核意见")]
    public async Task ReviewActions_ShouldAnswer400WithTheMessage_WhenInputIsInvalid(string action, string field, string value, string message)
    {
        var id = await manager.InReviewAsync();
        using var response = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/{action}", [new(field, value)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.HtmlAsync()).Text(".field-error"), StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.InReview, (await manager.DocumentAsync(id)).Status);
    }

    [Fact]
    public async Task Reject_ShouldReturnTheDraftWithTheComment()
    {
        var id = await manager.InReviewAsync();
        using var response = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/reject", [new("comment", "第三条表述不清")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(WorkflowStatus.Draft, (await manager.DocumentAsync(id)).Status);
        var page = await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}");
        Assert.Contains("第三条表述不清", page.Text("#reviews-heading ~ .table-scroll"), StringComparison.Ordinal);
        Assert.Contains("退回修改", page.Text("#reviews-heading ~ .table-scroll"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnedDraft_ShouldShow已退回WithTheComment_OnTheDashboardTheDocumentAndItsEditForm()
    {
        var id = await manager.InReviewAsync();
        using var response = await manager.PostAsync(Who.Reviewer, $"/manager/documents/{id}/reject", [new("comment", "请补充第五条的适用范围")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var drafter = manager.Client(Who.Drafter);

        var dashboard = await drafter.GetPageAsync("/manager");
        var edit = await drafter.GetPageAsync($"/manager/documents/{id}/edit");
        var document = await drafter.GetPageAsync($"/manager/documents/{id}");

        var row = dashboard.QuerySelectorAll("#status-returned + ul li").Single(li => li.QuerySelector($"a[href='/manager/documents/{id}/edit']") is not null);
        Assert.Contains("请补充第五条的适用范围", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(dashboard.QuerySelectorAll("#status-Draft ~ ul a"), a => a.GetAttribute("href") == $"/manager/documents/{id}");
        Assert.Contains("请补充第五条的适用范围", edit.Text(".returned"), StringComparison.Ordinal);
        Assert.Contains("已退回", edit.Text(".returned"), StringComparison.Ordinal);
        Assert.Contains("请补充第五条的适用范围", document.Text(".returned"), StringComparison.Ordinal);

        // Submitted again, it is no longer 已退回.
        using var again = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/submit");
        Assert.Null((await drafter.GetPageAsync($"/manager/documents/{id}")).QuerySelector(".returned"));
    }

    [Fact]
    public async Task Validity_ShouldAnswer400_WhenTheDateIsMalformed_AndChangeIt_WhenValid()
    {
        var id = await manager.PublishedAsync();
        using var bad = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/validity", [new("validity", "Repealed"), new("changedOn", "2017-13-45")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("变更日期格式不正确", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ok = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/validity", [new("validity", "Repealed"), new("changedOn", "2017-06-01")]);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(Validity.Repealed, (await manager.DocumentAsync(id)).Validity);
    }

    [Theory]
    [InlineData("2")] // Repealed's number: a validity is chosen by name
    [InlineData("Repealed,Expired")]
    [InlineData("Explode")]
    public async Task Validity_ShouldAnswer400_WhenTheValueIsNotTheNameOfOne(string validity)
    {
        var id = await manager.PublishedAsync();
        using var bad = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/validity", [new("validity", validity), new("changedOn", "2017-06-01")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("请选择有效性", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Validity.InForce, (await manager.DocumentAsync(id)).Validity);
    }

    [Fact]
    public async Task DraftingUnit_ShouldRequireAReason()
    {
        var id = await manager.DraftAsync();
        using var response = await manager.PostAsync(Who.Administrator, $"/manager/documents/{id}/drafting-unit", [new("unitCode", "finance"), new("reason", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("变更起草单位必须说明理由", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interpretation_ShouldBeRefusedWithTheRule_ForADrafterOfAnotherUnit()
    {
        var id = await manager.DraftAsync();
        using var response = await manager.Client(Who.OtherDrafter).GetAsync(new Uri($"/manager/documents/{id}/interpretations/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var text = (await response.HtmlAsync()).Text(".refusal");
        Assert.Contains("按照“谁起草，谁解读”的原则", text, StringComparison.Ordinal);
        Assert.Contains("下陆区人民政府办公室", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interpretation_ShouldBeWrittenPreviewedAndSubmittedWithItsDocument()
    {
        var id = await manager.DraftAsync(DocumentKind.NormativeDocument);
        var input = ManagerSite.NewInterpretation();
        var preview = ManagerSite.Fields(input, Guid.Empty);
        preview.Add(new("preview", "1"));
        using (var previewed = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/interpretations/new", preview))
        {
            Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
            Assert.Equal(PolicyLibrary.Content.MarkdownRenderer.ToHtml(input.BodyMarkdown).Trim(), (await previewed.HtmlAsync()).QuerySelector(".preview .body")!.InnerHtml.Trim());
        }

        using var created = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/interpretations/new", ManagerSite.Fields(input, Guid.Empty));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var interpretationUrl = created.Headers.Location!.OriginalString;
        var page = await manager.Client(Who.Drafter).GetPageAsync(interpretationUrl);
        Assert.Equal(input.Title, page.Text("h1"));

        var version = (await manager.Client(Who.Drafter).GetPageAsync(interpretationUrl + "/edit")).QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        using var invalid = await manager.PostAsync(Who.Drafter, interpretationUrl + "/edit", ManagerSite.Fields(input with { BodyMarkdown = "" }, Guid.Parse(version)));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("请填写解读正文（20 万字以内）。", (await invalid.HtmlAsync()).Text("#BodyMarkdown-error"));

        using var conflict = await manager.PostAsync(Who.Drafter, interpretationUrl + "/edit", ManagerSite.Fields(input with { Title = "新标题" }, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var conflictPage = await conflict.HtmlAsync();
        Assert.Equal("新标题", conflictPage.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Contains(conflictPage.QuerySelectorAll(".diff li"), l => l.TextContent.StartsWith('+') && l.TextContent.Contains("标题：新标题", StringComparison.Ordinal));

        using var submitted = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var document = await manager.DocumentAsync(id);
        Assert.Equal(WorkflowStatus.InReview, document.Status);
        Assert.All(document.Interpretations, i => Assert.Equal(WorkflowStatus.InReview, i.Status));
    }

    [Fact]
    public async Task Submit_ShouldSayTheUnmetRuleOnTheDocumentsPageWithTheWayForward_WhenANormativeDocumentHasNoInterpretation()
    {
        var id = await manager.DraftAsync(DocumentKind.NormativeDocument);
        using var response = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/submit");
        var page = await response.HtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(page.QuerySelector(".refusal"));
        Assert.Contains("同步审签", page.Text("#submit-error"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#submit-error a[href='/manager/documents/{id}/interpretations/new']"));
        Assert.NotNull(page.QuerySelector($"#submit-error a[href='/manager/documents/{id}/edit#PlannedInterpretationForm']"));
        Assert.Equal(WorkflowStatus.Draft, (await manager.DocumentAsync(id)).Status);
    }

    [Fact]
    public async Task DocumentUnderReview_ShouldNotOfferANewInterpretation_AndTheFormIsRefused()
    {
        var id = await manager.DraftAsync(DocumentKind.Other);
        using var submitted = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var page = await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}");
        using var form = await manager.Client(Who.Drafter).GetAsync(new Uri($"/manager/documents/{id}/interpretations/new", UriKind.Relative));

        Assert.Null(page.QuerySelector($"a[href='/manager/documents/{id}/interpretations/new']"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Contains("审核结束前不能撰写新的解读", (await form.HtmlAsync()).Text(".refusal"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/manager/documents/999999")]
    [InlineData("GET", "/manager/documents/999999/edit")]
    [InlineData("GET", "/manager/interpretations/999999")]
    [InlineData("GET", "/manager/documents/999999/interpretations/new")]
    [InlineData("POST", "/manager/documents/999999/submit")]
    [InlineData("POST", "/manager/documents/999999/revisions/1/restore")]
    [InlineData("POST", "/manager/interpretations/999999/edit")]
    public async Task UnknownIds_ShouldAnswer404(string method, string url)
    {
        using var response = method == "GET"
            ? await manager.Client(Who.Drafter).GetAsync(new Uri(url, UriKind.Relative))
            : await manager.PostAsync(Who.Drafter, url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
