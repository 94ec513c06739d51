namespace PolicyLibrary.E2E;

/// <summary>
/// The editors' journey in Chromium: a drafter of 区政府办 writes a 行政规范性文件 and its 文字 interpretation and
/// submits them together; a reviewer of another unit approves; the public page shows both. A drafter of another unit
/// is refused the interpretation under 谁起草，谁解读.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ManagerJourneyTests(SiteFixture site) : SiteTest(site)
{
    [Fact]
    public async Task DrafterAndReviewer_ShouldPublishADocumentWithItsInterpretation_WhileOtherUnitsAreRefused()
    {
        var title = "下陆区人民政府办公室关于规范行政规范性文件管理的通知（测试" + Guid.NewGuid().ToString("N")[..6] + "）";
        const string interpretationTitle = "《关于规范行政规范性文件管理的通知》政策解读";

        // The drafter writes the document, previews it and saves it.
        var drafter = await SignInAsync("e2e-drafter", Viewport.Desktop);
        await GoAsync(drafter, "/manager");
        await Screenshots.SaveAsync(Site, drafter, "manager-dashboard-desktop");
        await drafter.GetByRole(AriaRole.Link, new() { Name = "起草新文件" }).ClickAsync();
        await drafter.Locator("#Title").FillAsync(title);
        // The office assigns the 索引号; the drafter's unit issues and the drafter drafts unless they say otherwise.
        await Expect(drafter.Locator("#IndexNumber")).ToContainTextAsync("保存时按规则自动编号");
        await Expect(drafter.Locator("#IssuingOrgan")).ToHaveValueAsync("下陆区人民政府办公室");
        await Expect(drafter.Locator("label[for='Title'] .required-mark")).ToBeVisibleAsync();
        await Expect(drafter.Locator("input[name='CoIssuingUnitCodes'][value='gov-office']")).ToHaveCountAsync(0);
        await drafter.Locator("#DocumentNumber").FillAsync("黄下政办〔2017〕30号");
        await drafter.Locator("#IssuingOrgan").FillAsync("下陆区人民政府办公室");
        await drafter.Locator("#DrafterName").FillAsync("王起草");
        await drafter.Locator("#CategoryCode").SelectOptionAsync("policy");
        await drafter.Locator("#Kind").SelectOptionAsync("NormativeDocument");
        await drafter.Locator("#WrittenOn").FillAsync("2017-03-01");
        await drafter.Locator("#BodyMarkdown").FillAsync("# 一、总则\n\n第一条 为规范行政规范性文件管理，制定本通知。\n\n| 事项 | 时限 |\n| --- | --- |\n| 备案 | 15 日 |\n");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await Expect(drafter.Locator(".preview .body h1")).ToHaveTextAsync("一、总则");
        await Expect(drafter.Locator("#Title")).ToHaveValueAsync(title);
        await Screenshots.SaveAsync(Site, drafter, "manager-edit-preview-desktop");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(drafter.Locator(".manager-message")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^文件草稿已创建，索引号 011043070/2017-\d{5}。$"));
        var documentPath = new Uri(drafter.Url).AbsolutePath;

        // Its 文字 interpretation, then both go to review together.
        await drafter.GetByRole(AriaRole.Link, new() { Name = "撰写解读" }).ClickAsync();
        await drafter.Locator("#Title").FillAsync(interpretationTitle);
        await drafter.Locator("#Form").SelectOptionAsync("Text");
        await drafter.Locator("#Summary").FillAsync("一文读懂通知的主要内容。");
        await drafter.Locator("#BodyMarkdown").FillAsync("## 起草背景\n\n为进一步规范行政规范性文件管理。\n\n## 主要内容\n\n明确备案时限。\n");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(drafter.Locator(".manager-message")).ToHaveTextAsync("解读草稿已创建。");
        await GoAsync(drafter, documentPath);
        await drafter.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(drafter.Locator(".manager-message")).ToHaveTextAsync("已提交审核。");
        await Expect(drafter.Locator(".manager-facts .status")).ToHaveTextAsync("审核中");

        // A drafter of another unit may not write the interpretation.
        var other = await SignInAsync("e2e-other", Viewport.Desktop);
        await GoAsync(other, documentPath + "/interpretations/new", 403);
        await Expect(other.Locator(".refusal")).ToContainTextAsync("按照“谁起草，谁解读”的原则");
        await Expect(other.Locator(".refusal")).ToContainTextAsync("下陆区人民政府办公室");
        await Screenshots.SaveAsync(Site, other, "manager-refused-desktop");

        // The reviewer finds it in the queue and approves the packet.
        var reviewer = await SignInAsync("e2e-reviewer", Viewport.Phone);
        await GoAsync(reviewer, "/manager");
        await reviewer.Locator(".review-queue").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Screenshots.SaveAsync(Site, reviewer, "manager-document-phone");

        // On the phone the return form sits under the approval form, each comment box the width of the page.
        var approveBox = (await reviewer.Locator("#approve-comment").BoundingBoxAsync())!;
        var returnBox = (await reviewer.Locator("#reject-comment").BoundingBoxAsync())!;
        Assert.True(returnBox.Y > approveBox.Y + approveBox.Height, $"退回意见框应在审核意见框下方：{approveBox.Y}+{approveBox.Height} / {returnBox.Y}");
        Assert.True(approveBox.Width >= 280 && returnBox.Width >= 280, $"意见框宽度 {approveBox.Width} / {returnBox.Width}");
        Assert.True(approveBox.Height >= 120, $"审核意见框高度 {approveBox.Height}");
        await reviewer.Locator("#approve-comment").FillAsync("经保密审查，同意发布。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(reviewer.Locator(".manager-message")).ToHaveTextAsync("审核通过，已发布。");
        await Expect(reviewer.Locator(".manager-facts .status")).ToHaveTextAsync("已发布");
        var publicPath = await reviewer.Locator(".manager-facts a[href^='/documents/']").GetAttributeAsync("href");
        Assert.NotNull(publicPath);

        // The public page shows the document and links its interpretation.
        var reader = await OpenPageAsync(Viewport.Desktop);
        await GoAsync(reader, publicPath);
        await Expect(reader.Locator("h1.document-title")).ToHaveTextAsync(title);
        var link = reader.Locator(".interpretations").GetByRole(AriaRole.Link, new() { Name = interpretationTitle });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync(interpretationTitle);
    }

    private async Task<IPage> SignInAsync(string userName, Viewport viewport)
    {
        var page = await OpenPageAsync(viewport);
        await GoAsync(page, "/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(SiteFixture.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        return page;
    }
}
