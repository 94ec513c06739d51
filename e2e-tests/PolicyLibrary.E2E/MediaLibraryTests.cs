namespace PolicyLibrary.E2E;

/// <summary>
/// The media library in Chromium: several files uploaded at once with the progress bar (JavaScript on) and through
/// the plain form (JavaScript off); a hostile file is refused with its reason and the accepted ones are listed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MediaLibraryTests(SiteFixture site) : SiteTest(site)
{
    // A valid 1×1 PNG, and a minimal PDF: real files, but small.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Drafter_ShouldUploadSeveralFiles_AndSeeEachResult(bool javaScript)
    {
        var page = await SignInAsync("e2e-drafter", javaScript);
        await GoAsync(page, "/manager/media");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {tag}\ntrailer << >>\n%%EOF\n");

        await page.Locator("#files").SetInputFilesAsync(new FilePayload[]
        {
            new() { Name = $"会议纪要-{tag}.pdf", MimeType = "application/pdf", Buffer = pdf },
            new() { Name = "伪装.png", MimeType = "image/png", Buffer = System.Text.Encoding.ASCII.GetBytes("<svg onload=alert(1)>") },
            new() { Name = "点.png", MimeType = "image/png", Buffer = Png },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();

        var results = page.Locator(".upload-results");
        await Expect(results.Locator("h2")).ToHaveTextAsync("上传结果：成功 2 个，未通过 1 个");
        await Expect(results.Locator("li.refused")).ToContainTextAsync("伪装.png：文件内容不是受支持的图片");
        await Expect(results.Locator("li.accepted")).ToHaveCountAsync(2);
        if (javaScript)
        {
            // The page was not reloaded: the progress bar the script showed is part of the replaced library.
            Assert.EndsWith("/manager/media", page.Url, StringComparison.Ordinal);
        }

        await page.Locator("#q").FillAsync(tag);
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索文件", Exact = true }).ClickAsync();
        await Expect(page.Locator(".media-grid li")).ToHaveCountAsync(1);
        await page.Locator(".media-grid a.media-card").ClickAsync();
        await Expect(page.Locator("#snippet")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($@"^\[会议纪要-{tag}\.pdf\]\(media/[0-9a-f]{{16}}\.pdf\)$"));
    }

    [Fact]
    public async Task Drafter_ShouldInsertAnImageAtTheCursor_FromInsideTheEditor_AndPreviewItAsAFigure()
    {
        var page = await SignInAsync("e2e-drafter", javaScript: true);
        await GoAsync(page, "/manager/documents/new");
        var body = page.Locator("#BodyMarkdown");
        await body.FillAsync("第一段。\n第二段。");
        await body.EvaluateAsync("t => t.setSelectionRange(4, 4)");

        await page.Locator("details.media-picker > summary").ClickAsync();
        await page.Locator(".media-picker-list li", new() { HasText = "disclosure-notice-2016-66-tujie-1.png" })
            .GetByRole(AriaRole.Button, new() { Name = "选择此图片" }).ClickAsync();
        await page.GetByLabel("替代文本（必填）").FillAsync("政务公开流程示意图");
        await page.GetByRole(AriaRole.Button, new() { Name = "插入到正文光标处" }).ClickAsync();

        await Expect(body).ToHaveValueAsync("第一段。\n\n![政务公开流程示意图](media/disclosure-notice-2016-66-tujie-1.png)\n\n第二段。");

        // Uploading from the picker: stored with its alt text and caption, inserted where the cursor is.
        await body.EvaluateAsync("t => t.setSelectionRange(t.value.length, t.value.length)");
        await page.GetByLabel("或上传新图片").SetInputFilesAsync(new FilePayload { Name = "新配图.png", MimeType = "image/png", Buffer = Png });
        await page.GetByLabel("替代文本（必填）").FillAsync("一个蓝点");
        await page.Locator("details.media-picker").GetByLabel("图片说明").FillAsync("图2 上传的配图");
        await page.GetByRole(AriaRole.Button, new() { Name = "插入到正文光标处" }).ClickAsync();
        await Expect(page.Locator(".media-picker-chosen")).ToHaveTextAsync("已上传并插入：新配图.png");
        await Expect(body).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"第二段。\n\n!\[一个蓝点\]\(media/[0-9a-f]{16}\.png\)$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "预览", Exact = true }).ClickAsync();
        var figures = page.Locator(".preview .body figure");
        await Expect(figures).ToHaveCountAsync(2);
        await Expect(figures.Nth(1).Locator("figcaption")).ToHaveTextAsync("图2 上传的配图");
        await Expect(figures.Nth(1).Locator("img")).ToHaveAttributeAsync("alt", "一个蓝点");
        await Expect(page.Locator(".preview .body")).Not.ToContainTextAsync("一个蓝点");
    }

    private async Task<IPage> SignInAsync(string userName, bool javaScript)
    {
        var page = await OpenPageAsync(Viewport.Desktop, javaScript);
        await GoAsync(page, "/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(SiteFixture.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        return page;
    }
}
