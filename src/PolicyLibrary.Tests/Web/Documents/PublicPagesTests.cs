using System.Globalization;
using System.Net;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Documents;

public class PublicPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.NewClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/documents")]
    public async Task EveryPage_ShouldLinkTheAtomFeedsAndCertificateVerification_InItsFooter(string path)
    {
        var page = await site.NewClient().GetPageAsync(path);

        var links = page.QuerySelectorAll("footer a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("/feeds/documents.atom", "订阅政策文件（Atom）"), links);
        Assert.Contains(("/feeds/interpretations.atom", "订阅政策解读（Atom）"), links);
        Assert.Contains(("/verify", "培训证书查验"), links);
    }

    [Fact]
    public async Task Home_ShouldShowLatestDocumentsInterpretationsAndCategoryCounts()
    {
        var page = await _client.GetPageAsync("/");
        var documents = await site.AllDocumentsAsync();
        var now = DateTime.UtcNow;

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        var latest = documents.Where(d => PolicyLibrary.Documents.PublicVisibility.IsPublic(d, now))
            .OrderByDescending(d => d.PublishedAtUtc).ThenByDescending(d => d.Id).First();
        Assert.Equal($"/documents/{latest.Slug}", page.QuerySelector("#latest-documents + .doc-list a.doc-title")?.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("#latest-interpretations + .doc-list a[href^='/interpretations/']"));

        var counts = page.QuerySelectorAll(".category-grid li a").ToDictionary(
            a => a.GetAttribute("href")!, a => int.Parse(a.QuerySelector(".category-count")!.FirstChild!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(8, counts.Count);
        foreach (var group in documents.GroupBy(d => d.Category!.Code))
        {
            Assert.Equal(group.Count(d => PolicyLibrary.Documents.PublicVisibility.IsPublic(d, now)), counts[$"/documents?category={group.Key}"]);
        }
    }

    [Fact]
    public async Task Document_ShouldShowMetadataTableBodyAndInterpretations()
    {
        var page = await _client.GetPageAsync("/documents/disclosure-notice-2016-66");

        Assert.Equal("下陆区人民政府办公室关于进一步加强政府信息公开工作的通知", page.Text("h1.document-title"));
        var meta = page.QuerySelectorAll("table.meta th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "有效性"],
            meta.Where(h => h is "索引号" or "主题分类" or "发文机关" or "成文日期" or "标题" or "发文字号" or "发布日期" or "有效性"));
        Assert.Contains("黄下政办〔2016〕66号", page.Text("table.meta"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".body h2[id]"));
        Assert.Contains(page.QuerySelectorAll("section.interpretations a.doc-title"),
            a => a.GetAttribute("href") == "/interpretations/disclosure-notice-2016-66-tujie");
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Document_ShouldNoticeValidityAndLinkReplacement_WhenRevisedOrRepealed()
    {
        var documents = await site.AllDocumentsAsync();
        var now = DateTime.UtcNow;
        var changed = documents.Where(d => d.Validity != PolicyLibrary.Documents.Validity.InForce && PolicyLibrary.Documents.PublicVisibility.IsPublic(d, now)).ToList();
        Assert.NotEmpty(changed);
        foreach (var document in changed)
        {
            var page = await _client.GetPageAsync($"/documents/{document.Slug}");
            var notice = page.Text(".notice-validity");
            Assert.Contains(PolicyLibrary.EnumLabels<PolicyLibrary.Documents.Validity>.Of(document.Validity).TrimStart('已'), notice, StringComparison.Ordinal);
            if (document.ReplacedById is { } id && documents.Single(d => d.Id == id) is var replacement && PolicyLibrary.Documents.PublicVisibility.IsPublic(replacement, now))
            {
                Assert.Equal($"/documents/{replacement.Slug}", page.QuerySelector(".notice-validity a")?.GetAttribute("href"));
                var replacementPage = await _client.GetPageAsync($"/documents/{replacement.Slug}");
                Assert.Contains(replacementPage.QuerySelectorAll("aside a"), a => a.GetAttribute("href") == $"/documents/{document.Slug}");
            }
        }
    }

    [Fact]
    public async Task Interpretation_ShouldLinkBackToItsDocument()
    {
        var page = await _client.GetPageAsync("/interpretations/disclosure-notice-2016-66-tujie");

        Assert.Equal("/documents/disclosure-notice-2016-66", page.QuerySelector("p.original-link a")?.GetAttribute("href"));
        Assert.Equal("/documents/disclosure-notice-2016-66", page.QuerySelector("p.back-link a")?.GetAttribute("href"));
        var image = page.QuerySelector(".body picture img");
        Assert.False(string.IsNullOrWhiteSpace(image?.GetAttribute("alt")));
        using var media = await _client.GetAsync(new Uri(image!.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/jpeg", media.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Interpretations_ShouldListEveryPublicInterpretation()
    {
        var page = await _client.GetPageAsync("/interpretations");
        var expected = await site.WithDbAsync(db => Task.FromResult(db.Interpretations.AsEnumerable()
            .Count(i => i.Status == PolicyLibrary.Review.WorkflowStatus.Published)));

        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Text(".result-count strong"));
        Assert.Contains(page.QuerySelectorAll(".badge"), b => b.TextContent == "问答");
        Assert.Contains(page.QuerySelectorAll(".badge"), b => b.TextContent == "图解");
    }

    [Theory]
    [InlineData("/documents/does-not-exist")]
    [InlineData("/interpretations/does-not-exist")]
    [InlineData("/documents/%E4%B8%8D%E5%AD%98%E5%9C%A8")]
    [InlineData("/no/such/page")]
    [InlineData("/media/no-such-file.png")]
    public async Task UnknownAddress_ShouldShowTheChinese404Page(string url)
    {
        var page = await _client.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("页面不存在", page.Text("h1"));
    }

    [Fact]
    public async Task Preferences_ShouldSetCookiesAndReturnOnlyToThisSite()
    {
        using var response = await _client.GetAsync(new Uri("/preferences?fontSize=large&eyeCare=on&returnUrl=/documents", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/documents", response.Headers.Location?.OriginalString);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("pl-font=large", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("pl-eyecare=on", StringComparison.Ordinal));

        foreach (var evil in new[] { "//evil.example", "https://evil.example/", "/\\evil.example" })
        {
            using var redirect = await _client.GetAsync(new Uri($"/preferences?fontSize=small&returnUrl={Uri.EscapeDataString(evil)}", UriKind.Relative));
            Assert.Equal("/", redirect.Headers.Location?.OriginalString);
        }

        using var plain = site.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "pl-font=large; pl-eyecare=on");
        using var styled = await plain.SendAsync(request);
        Assert.Contains("<html lang=\"zh-CN\" class=\"fs-large eye-care\">", await styled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ShouldAnswerHealthy()
    {
        Assert.Equal("Healthy", await _client.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    [Fact]
    public async Task Pages_ShouldSendSecurityHeaders()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphicInterpretation_ShouldGiveItsPictureWidthAndHeight_SoThePageDoesNotJump()
    {
        var page = await _client.GetPageAsync("/interpretations/disclosure-notice-2016-66-tujie");

        var pictures = page.QuerySelectorAll("article.interpretation .body figure picture img");
        Assert.NotEmpty(pictures);
        Assert.All(pictures, picture =>
        {
            // The stored picture is 960 × 1009; the rendered image keeps that shape, whatever variant it points at.
            var (width, height) = (int.Parse(picture.GetAttribute("width")!, CultureInfo.InvariantCulture), int.Parse(picture.GetAttribute("height")!, CultureInfo.InvariantCulture));
            Assert.Equal(1009.0 / 960, (double)height / width, precision: 2);
            Assert.False(string.IsNullOrWhiteSpace(picture.GetAttribute("alt")));
        });
        Assert.StartsWith("信息图：", pictures[0].GetAttribute("alt"), StringComparison.Ordinal);
    }
}
