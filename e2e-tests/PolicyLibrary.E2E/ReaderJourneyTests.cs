using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class ReaderJourneyTests(SiteFixture site) : SiteTest(site)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task FollowingLinks_ShouldLeadFromHomeToInterpretationAndBack_WhenReaderStartsOnHome(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenPageAsync(viewport);

        // Home: the three sections, with links of the right kind.
        await GoAsync(page, "/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        var latestDocuments = Section(page, "最新文件");
        var latestInterpretations = Section(page, "最新解读");
        var catalogue = Section(page, "主动公开目录");
        await Expect(latestDocuments.Locator("a.doc-title").First).ToHaveAttributeAsync("href", DocumentHref());
        await Expect(latestInterpretations.Locator("a.doc-title").First).ToHaveAttributeAsync("href", InterpretationHref());
        await Expect(catalogue.Locator(".category-count").First).ToHaveTextAsync(CountText());
        await Screenshots.SaveAsync(Site, page, $"home-{viewport.Name}");

        // The full list, then the seed document in it.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看全部政策文件" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/documents$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("政策文件");
        await Screenshots.SaveAsync(Site, page, $"documents-{viewport.Name}");
        await ClickDocumentInListAsync(page, Seed.DocumentTitle);

        // The document: metadata, title, body and its interpretations.
        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{Seed.DocumentSlug}$"));
        await Expect(page).ToHaveTitleAsync(new Regex(Regex.Escape(Seed.DocumentTitle)));
        await ExpectMetaAsync(page, "索引号", "011043070/2016-00066");
        await ExpectMetaAsync(page, "主题分类", "政策及规范性文件");
        await ExpectMetaAsync(page, "发文机关", "下陆区人民政府办公室");
        await ExpectMetaAsync(page, "成文日期", "2016-03-10");
        await ExpectMetaAsync(page, "标题", Seed.DocumentTitle);
        await ExpectMetaAsync(page, "发文字号", Seed.DocumentNumber);
        await ExpectMetaAsync(page, "发布日期", "2016-03-13");
        await ExpectMetaAsync(page, "有效性", "有效");
        await Expect(page.Locator("h1.document-title")).ToHaveTextAsync(Seed.DocumentTitle);
        await Expect(page.Locator("article.document .body")).ToContainTextAsync("扩大主动公开范围");
        var interpretations = page.Locator("section.interpretations");
        await Expect(interpretations.GetByRole(AriaRole.Heading, new() { Name = "政策解读" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Site, page, $"document-{viewport.Name}");

        // Its interpretation, a 图解 whose picture has a text alternative.
        await interpretations.Locator("a.doc-title", new() { HasTextString = Seed.InterpretationTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/interpretations/{Seed.InterpretationSlug}$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync(Seed.InterpretationTitle);
        var picture = page.Locator("article.interpretation .body img").First;
        await Expect(picture).ToHaveAttributeAsync("alt", new Regex(@"^信息图：\S{10,}"));
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The 图解 image did not load.");
        await Expect(page.Locator("p.back-link")).ToContainTextAsync("返回原文件");
        await Expect(page.Locator("p.original-link")).ToContainTextAsync(Seed.DocumentNumber);
        await Screenshots.SaveAsync(Site, page, $"interpretation-{viewport.Name}");

        // And back to the document it explains.
        await page.Locator("p.original-link a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{Seed.DocumentSlug}$"));
        await Expect(page.Locator("h1.document-title")).ToHaveTextAsync(Seed.DocumentTitle);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task OpeningUnknownDocument_ShouldShowChinese404_WhenSlugDoesNotExist(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenPageAsync(viewport);

        await GoAsync(page, "/documents/does-not-exist", expectedStatus: 404);

        await Expect(page.Locator("main h1")).ToHaveTextAsync("页面不存在");
        await Expect(page).ToHaveTitleAsync(new Regex("^页面不存在"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回首页" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Site, page, $"404-{viewport.Name}");
    }

    [Fact]
    public async Task OpeningUnknownPage_ShouldShowChinese404_WhenPathIsNotASitePage()
    {
        var page = await OpenPageAsync(Viewport.Desktop);

        await GoAsync(page, "/no-such-page", expectedStatus: 404);

        await Expect(page.Locator("main h1")).ToHaveTextAsync("页面不存在");
    }

    private static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.Locator("h2", new() { HasTextString = heading }) });

    private static Task ExpectMetaAsync(IPage page, string label, string value) =>
        Expect(page.Locator($"table.meta th:text-is('{label}') + td")).ToHaveTextAsync(value);

    /// <summary>Finds the document in /documents, following 下一页 if the list ever grows past one page.</summary>
    private async Task ClickDocumentInListAsync(IPage page, string title)
    {
        while (true)
        {
            var link = page.Locator("ul.doc-list a.doc-title", new() { HasTextString = title });
            if (await link.CountAsync() > 0)
            {
                await link.First.ClickAsync();
                return;
            }

            var next = page.Locator("nav.pager a[rel=next]");
            Assert.True(await next.CountAsync() > 0, $"《{title}》 is not in /documents.");
            await GoAsync(page, await next.GetAttributeAsync("href") ?? "/documents");
        }
    }

    [GeneratedRegex("^/documents/[a-z0-9-]+$")]
    private static partial Regex DocumentHref();

    [GeneratedRegex("^/interpretations/[a-z0-9-]+$")]
    private static partial Regex InterpretationHref();

    [GeneratedRegex(@"^\d+\s*件$")]
    private static partial Regex CountText();
}
