namespace PolicyLibrary.E2E.Quality;

/// <summary>A document and its interpretation print as content only: no header, navigation, switches or footer; link addresses written out; tables whole.</summary>
[Collection(SiteCollection.Name)]
public sealed class PrintTests(SiteFixture site) : SiteTest(site)
{
    /// <summary>An A4 page at 96 dpi.</summary>
    private static readonly Viewport Paper = new("paper", 794, 1123);

    [Theory]
    [InlineData("/documents/disclosure-rules-2016-67", true)]
    [InlineData("/interpretations/disclosure-rules-2016-67-wenda", false)]
    public async Task PrintedPage_ShouldShowOnlyContentWithLinkAddresses_WhenPrinted(string path, bool hasTables)
    {
        var page = await OpenPageAsync(Paper);
        await GoAsync(page, path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { ".skip-link", "header.site-header", ".site-nav", "form.header-search", "form.reader-switch", "footer.site-footer", "nav.breadcrumb" })
        {
            Assert.Equal("none", await page.Locator(hidden).EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }

        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
        await Expect(page.Locator(".print-address")).ToBeVisibleAsync();
        await Expect(page.Locator(".print-address")).ToContainTextAsync(canonical!);

        // Every link in the content is followed by its address, so the paper still says where it points.
        var links = await page.EvaluateAsync<LinkAfter[]>(LinksWithAfter);
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(link.After.Contains(link.Href, StringComparison.Ordinal), $"The printed link to {link.Href} is followed by “{link.After}”.");
        }

        // Tables are printed whole: not scrolled, not wider than the paper.
        var clipped = await page.EvaluateAsync<string[]>(ClippedTables);
        Assert.True(clipped.Length == 0, $"Clipped tables in print: {string.Join("; ", clipped)}");
        Assert.Equal(hasTables, await page.Locator("main table").CountAsync() > 0);
    }

    private const string LinksWithAfter = """
        () => Array.from(document.querySelectorAll('main a[href]:not([href^="#"])'))
            .filter(a => a.getClientRects().length > 0)
            .map(a => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }))
        """;

    private const string ClippedTables = """
        () => Array.from(document.querySelectorAll('main table'))
            .filter(t => getComputedStyle(t).overflowX !== 'visible' || t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map(t => (t.className || 'table') + ' ' + t.scrollWidth + '/' + t.clientWidth)
        """;

    private sealed class LinkAfter
    {
        public string Href { get; set; } = "";

        public string After { get; set; } = "";
    }
}
