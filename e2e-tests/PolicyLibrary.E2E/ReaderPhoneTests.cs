using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>
/// A reader on a 390 px and a 360 px phone: finds the 订阅 link where the lists are, searches from the home page without opening 菜单, keeps 菜单 beside the title with the
/// large font, and sees the search results right below the search box even with filters used or opened.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReaderPhoneTests(SiteFixture site) : SiteTest(site)
{
    public static TheoryData<int> Widths => [390, 360];

    private static Viewport PhoneOf(int width) => new($"phone-{width}", width, width == 390 ? 844 : 740);

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task FeedLink_ShouldBeVisibleOnTheLists(int width)
    {
        var page = await OpenPageAsync(PhoneOf(width));
        await GoAsync(page, "/interpretations");
        var link = page.Locator("main a.feed-link");
        await Expect(link).ToBeInViewportAsync();
        await Expect(link).ToHaveTextAsync("订阅政策解读（Atom）");
        await GoAsync(page, "/documents");
        await Expect(page.Locator("main a.feed-link")).ToBeInViewportAsync();

        await Expect(page.Locator("main a.feed-link")).ToHaveAttributeAsync("href", "/feeds/documents.atom");
        await AssertNoSidewaysScrollAsync(page, width);
        await Screenshots.SaveAsync(Site, page, $"documents-feed-link-{width}");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task HomePage_ShouldOfferSearch_WithoutOpening菜单(int width)
    {
        var page = await OpenPageAsync(PhoneOf(width));
        await GoAsync(page, "/");
        var box = page.Locator("main #home-q");
        await Expect(box).ToBeVisibleAsync();
        await Expect(box).ToBeInViewportAsync();
        await Expect(page.Locator("details.site-menu")).Not.ToHaveAttributeAsync("open", new Regex(".*"));

        await box.FillAsync("信息公开");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));
        await Expect(page.Locator("#s-q")).ToHaveValueAsync("信息公开");
        await AssertNoSidewaysScrollAsync(page, width);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Header_ShouldKeep菜单BesideTheTitle_WithTheLargeFont(int width)
    {
        var page = await OpenPageAsync(PhoneOf(width));
        await page.Context.AddCookiesAsync([new Cookie { Name = "pl-font", Value = "large", Url = Site.BaseUri.ToString() }]);
        foreach (var path in new[] { "/", "/documents", "/search?q=" + Uri.EscapeDataString("公开") })
        {
            await GoAsync(page, path);
            await Expect(page.Locator("html")).ToHaveClassAsync(new Regex("fs-large"));
            var menuTop = await page.EvaluateAsync<double>("() => document.querySelector('.site-menu > summary').getBoundingClientRect().top");
            var brandBottom = await page.EvaluateAsync<double>("() => document.querySelector('.brand').getBoundingClientRect().bottom");
            Assert.True(menuTop < brandBottom, $"{path}: 菜单 (top {menuTop}) dropped below the title (bottom {brandBottom}) at {width}px");
            await AssertNoSidewaysScrollAsync(page, width);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task SearchResults_ShouldStayNearTheTop_WithFiltersUsedAndOpened(int width)
    {
        var viewport = PhoneOf(width);
        var page = await OpenPageAsync(viewport);
        await GoAsync(page, "/search?q=" + Uri.EscapeDataString("公开") + "&category=policy&sort=date");
        var firstResult = page.Locator("ol.search-results > li").First;
        await Expect(firstResult).ToBeInViewportAsync();
        await Expect(page.Locator("details.advanced > summary")).ToHaveTextAsync("更多筛选条件（已选 2 项）");

        await page.Locator("details.advanced > summary").ClickAsync();
        await Expect(page.Locator("#s-category")).ToBeVisibleAsync();
        await Expect(page.Locator("#s-category")).ToHaveValueAsync("policy");
        // Opened, the eight filters sit two to a row: the results begin within the second screenful, not further down.
        var top = await firstResult.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
        Assert.True(top <= viewport.Height * 1.2, $"the first result starts at {top}px on a {viewport.Height}px screen with the filters open");
        await AssertNoSidewaysScrollAsync(page, width);
        await Screenshots.SaveAsync(Site, page, $"search-filters-open-{width}");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth}px wide on a {width}px phone");
    }
}
