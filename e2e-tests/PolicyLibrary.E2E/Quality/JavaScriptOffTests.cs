using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E.Quality;

/// <summary>Every public page is whole without JavaScript, and its forms and menus work as plain HTML.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class JavaScriptOffTests(SiteFixture site) : SiteTest(site)
{
    public static TheoryData<string> Names => PublicPages.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task PublicPage_ShouldBeReadable_WhenJavaScriptIsDisabled(string name)
    {
        var target = PublicPages.Named(name);
        var page = await OpenPageAsync(Viewport.Phone, javaScript: false);
        await GoAsync(page, target.Path, target.Status);

        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        Assert.True((await page.Locator("main").InnerTextAsync()).Trim().Length > 20, $"{target.Path} shows almost nothing without JavaScript.");
        await Expect(page.Locator("nav.site-nav a").First).ToBeVisibleAsync();

        // The header menu is a <details>: it opens without script and shows the search and the switches.
        await page.Locator("details.site-menu > summary").ClickAsync();
        await Expect(page.Locator("#header-q")).ToBeVisibleAsync();
        await Expect(page.Locator(".reader-switch button.eye-care-toggle")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SearchFromHeaderMenu_ShouldListHighlightedResults_WhenJavaScriptIsDisabled()
    {
        var page = await OpenPageAsync(Viewport.Phone, javaScript: false);
        await GoAsync(page, "/");

        await page.Locator("details.site-menu > summary").ClickAsync();
        await Expect(page.Locator("#header-q")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Site, page, "header-menu-phone");
        await page.Locator("#header-q").FillAsync("信息公开");
        await page.Locator("form.header-search button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80$"));
        await Expect(page.Locator("#s-q")).ToHaveValueAsync("信息公开");
        var results = page.Locator("ol.search-results > li");
        Assert.True(await results.CountAsync() > 0, "No results for 信息公开.");
        await Expect(results.First.Locator("mark").First).ToHaveTextAsync(new Regex("信息|公开|信|息|公|开"));

        // The folded filters of the search page open and apply without script too.
        await page.Locator("details.advanced > summary").ClickAsync();
        await page.SelectOptionAsync("#s-kind", "NormativeDocument");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("kind=NormativeDocument"));
        await Expect(page.Locator("#s-kind")).ToHaveValueAsync("NormativeDocument");
        Assert.True(await results.CountAsync() > 0, "No 行政规范性文件 among the results for 信息公开.");
    }

    [Fact]
    public async Task EyeCareSwitch_ShouldChangeColoursAndSayPressed_WhenJavaScriptIsDisabled()
    {
        var page = await OpenPageAsync(Viewport.Desktop, javaScript: false);
        await GoAsync(page, "/documents/" + Seed.DocumentSlug);
        var background = () => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var before = await background();

        await page.GetByRole(AriaRole.Button, new() { Name = "视力保护色", Pressed = false }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/documents/{Seed.DocumentSlug}$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "视力保护色", Pressed = true })).ToHaveCountAsync(1);
        Assert.NotEqual(before, await background());
    }
}
