namespace PolicyLibrary.E2E;

[Collection(SiteCollection.Name)]
public sealed class PageAssetsTests(SiteFixture site) : SiteTest(site)
{
    /// <summary>
    /// The theme's site.css and site.js are static web assets of a Razor Class Library; a site started from its build
    /// output in Production must still serve them with their content, or every page is unstyled and the switches
    /// lose their script.
    /// </summary>
    [Fact]
    public async Task ThemeStylesheetAndScript_ShouldBeServedWithContent_WhenSiteRunsInProduction()
    {
        var page = await OpenPageAsync(Viewport.Desktop);
        await GoAsync(page, "/");

        var stylesheet = await page.Locator("link[rel=stylesheet]").GetAttributeAsync("href");
        var script = await page.Locator("script[src]").GetAttributeAsync("src");
        Assert.NotNull(stylesheet);
        Assert.NotNull(script);

        foreach (var (href, type, marker) in new[] { (stylesheet, "text/css", ".reader-switch"), (script, "javascript", "reader-switch") })
        {
            var response = await page.APIRequest.GetAsync(href);
            Assert.Equal(200, response.Status);
            var body = await response.TextAsync();
            Assert.True(body.Contains(marker, StringComparison.Ordinal), $"{href} was served with {body.Length} characters and without “{marker}”.");
            var contentType = response.HeadersArray.FirstOrDefault(h => h.Name.Equals("content-type", StringComparison.OrdinalIgnoreCase))?.Value;
            Assert.Contains(type, contentType ?? "(none)", StringComparison.Ordinal);
        }

        // And the browser took the rules in (CSP and content type allowing).
        Assert.True(await page.EvaluateAsync<int>("() => Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0)") > 0,
            "No CSS rules were loaded.");
    }
}
