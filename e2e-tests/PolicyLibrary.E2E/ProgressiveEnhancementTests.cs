using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>The filter form and the reader switches work as plain forms without JavaScript, and without a round trip with it.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class ProgressiveEnhancementTests(SiteFixture site) : SiteTest(site)
{
    [Fact]
    public async Task FilteringByCategory_ShouldListOnlyThatCategory_WhenJavaScriptIsDisabled()
    {
        var page = await OpenPageAsync(Viewport.Desktop, javaScript: false);
        await GoAsync(page, "/documents");
        var total = int.Parse(await page.Locator(".result-count strong").InnerTextAsync());

        var option = page.Locator($"select[name=category] option[value='{Seed.CategoryCode}']");
        var expected = int.Parse(CountInLabel().Match(await option.InnerTextAsync()).Groups[1].Value);
        Assert.InRange(expected, 1, total - 1);
        await page.SelectOptionAsync("select[name=category]", Seed.CategoryCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/documents\?(.*&)?category={Seed.CategoryCode}(&|$)"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync(Seed.CategoryName);
        await Expect(page.Locator("select[name=category]")).ToHaveValueAsync(Seed.CategoryCode);
        await Expect(page.Locator(".result-count strong")).ToHaveTextAsync(expected.ToString());
        var links = page.Locator("ul.doc-list a.doc-title");
        await Expect(links).ToHaveCountAsync(expected);

        // Every listed document really is in that category.
        var hrefs = new List<string>();
        foreach (var link in await links.AllAsync())
        {
            hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        }

        foreach (var href in hrefs)
        {
            await GoAsync(page, href);
            await Expect(page.Locator("table.meta th:text-is('主题分类') + td")).ToHaveTextAsync(Seed.CategoryName);
        }
    }

    [Fact]
    public async Task ChoosingLargeFontSize_ShouldEnlargeTextAndPersist_WhenJavaScriptIsDisabled()
    {
        var page = await OpenPageAsync(Viewport.Desktop, javaScript: false);
        var html = page.Locator("html");
        await GoAsync(page, $"/documents?category={Seed.CategoryCode}");
        await Expect(html).ToHaveClassAsync(FontSizeClass("medium"));

        await page.Locator(".reader-switch button[name=fontSize][value=large]").ClickAsync();

        // The GET form sets the cookie and comes back to the same page, filter included.
        await Expect(page).ToHaveURLAsync(new Regex($@"/documents\?category={Seed.CategoryCode}$"));
        await Expect(html).ToHaveClassAsync(FontSizeClass("large"));
        await Expect(page.Locator(".reader-switch button[value=large]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator(".reader-switch button[value=medium]")).ToHaveAttributeAsync("aria-pressed", "false");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "政策解读" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/interpretations$"));
        await Expect(html).ToHaveClassAsync(FontSizeClass("large"));
        await Expect(page.Locator(".reader-switch button[value=large]")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task TogglingEyeCare_ShouldSwitchColoursWithoutNavigationAndPersist_WhenJavaScriptIsEnabled()
    {
        var page = await OpenPageAsync(Viewport.Desktop);
        var html = page.Locator("html");
        var toggle = page.Locator(".reader-switch button.eye-care-toggle");
        await GoAsync(page, "/documents");
        await Expect(toggle).ToHaveTextAsync("视力保护色");
        await Expect(html).Not.ToHaveClassAsync(EyeCareClass());
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        var documentRequests = 0;
        page.Request += (_, request) => documentRequests += request.ResourceType == "document" ? 1 : 0;
        await page.EvaluateAsync("() => { window.__samePage = true; }");

        await toggle.ClickAsync();

        await Expect(html).ToHaveClassAsync(EyeCareClass());
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "The page was reloaded: the switch fell back to the plain form (is site.js served and running?).");
        Assert.Equal(0, documentRequests);

        await page.ReloadAsync();
        await Expect(html).ToHaveClassAsync(EyeCareClass());
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");

        // And off again, the same way.
        documentRequests = 0;
        await toggle.ClickAsync();
        await Expect(html).Not.ToHaveClassAsync(EyeCareClass());
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(0, documentRequests);
        await page.ReloadAsync();
        await Expect(html).Not.ToHaveClassAsync(EyeCareClass());
    }

    private static Regex FontSizeClass(string size) => new($@"(^|\s)fs-{size}(\s|$)");

    [GeneratedRegex(@"(^|\s)eye-care(\s|$)")]
    private static partial Regex EyeCareClass();

    [GeneratedRegex(@"（(\d+)）")]
    private static partial Regex CountInLabel();
}
