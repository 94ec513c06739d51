namespace PolicyLibrary.E2E;

[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(SiteFixture site) : SiteTest(site)
{
    /// <summary>Names the elements that stick out, so a failure says where to look.</summary>
    private const string Overflow = """
        () => {
            const width = window.innerWidth;
            const culprits = Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 0.5)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''));
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: culprits.join(', ') };
        }
        """;

    [Theory]
    [InlineData("/", "medium")]
    [InlineData("/documents", "medium")]
    [InlineData("/documents/disclosure-notice-2016-66", "medium")]
    [InlineData("/interpretations/disclosure-notice-2016-66-tujie", "medium")]
    [InlineData("/", "large")]
    [InlineData("/documents", "large")]
    [InlineData("/documents/disclosure-notice-2016-66", "large")]
    public async Task Page_ShouldNotScrollSideways_WhenShownOnPhone(string path, string fontSize)
    {
        var page = await OpenPageAsync(Viewport.Phone);
        await page.Context.AddCookiesAsync([new Cookie { Name = "pl-font", Value = fontSize, Url = Site.BaseUri.ToString() }]);

        await GoAsync(page, path);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");

        var result = await page.EvaluateAsync<OverflowResult>(Overflow);
        Assert.Equal(Viewport.Phone.Width, result.InnerWidth);
        Assert.True(result.ScrollWidth <= result.InnerWidth,
            $"{path} ({fontSize}) is {result.ScrollWidth}px wide on a {result.InnerWidth}px phone; sticking out: {result.Culprits}");
    }

    private sealed class OverflowResult
    {
        public int ScrollWidth { get; set; }

        public int InnerWidth { get; set; }

        public string Culprits { get; set; } = "";
    }
}
