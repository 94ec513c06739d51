using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E.Quality;

/// <summary>
/// Every page of <see cref="PublicPages"/>, on a desktop and on a 360 px phone: WCAG 2.1 AA under axe-core (in the
/// normal and the 视力保护色 colours), the head a shared link needs, no render-blocking script, and on the phone no
/// sideways scrolling and tap targets of at least 44 px. Saves a screenshot of each.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PublicPageTests(SiteFixture site) : SiteTest(site)
{
    public static TheoryData<string, string> Pages => PublicPages.NamesAndViewports();

    public static TheoryData<string> Names => PublicPages.Names();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PublicPage_ShouldPassWcag21AA_WhenCheckedByAxe(string name, string viewportName)
    {
        var target = PublicPages.Named(name);
        var viewport = Viewport.Named(viewportName);
        var page = await OpenPageAsync(viewport);
        await GoAsync(page, target.Path, target.Status);

        var violations = await Axe.ViolationsAsync(Site, page);
        Assert.True(violations.Count == 0, $"{target.Path} ({viewport.Name}) has axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        await Screenshots.SaveAsync(Site, page, $"{target.Name}-{viewport.Name}");

        // The eye-care colours change every background, so their contrast is checked as well (on a phone, from 菜单).
        if (viewport == Viewport.Phone)
        {
            await page.Locator("details.site-menu > summary").ClickAsync();
        }

        await page.Locator(".reader-switch button.eye-care-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex(@"(^|\s)eye-care(\s|$)"));
        var eyeCare = await Axe.ViolationsAsync(Site, page, "color-contrast", "link-in-text-block");
        Assert.True(eyeCare.Count == 0, $"{target.Path} ({viewport.Name}, 视力保护色) has axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, eyeCare)}");
    }

    /// <summary>Proves the checker is really running: a page broken on purpose must fail it.</summary>
    [Fact]
    public async Task Axe_ShouldReportViolations_WhenPageIsBrokenOnPurpose()
    {
        var page = await OpenPageAsync(Viewport.Desktop);
        await GoAsync(page, "/");
        await page.EvaluateAsync("""
            () => {
                const main = document.querySelector('main');
                main.appendChild(document.createElement('img')).src = '/no-such-image.png';
                const pale = main.appendChild(document.createElement('p'));
                pale.textContent = '浅灰色文字';
                pale.style.color = '#bbb'; // through the CSSOM: the CSP refuses style attributes in markup
                pale.style.background = '#fff';
                document.documentElement.removeAttribute('lang');
            }
            """);

        var violations = await Axe.ViolationsAsync(Site, page);

        foreach (var rule in new[] { "image-alt", "color-contrast", "html-has-lang" })
        {
            Assert.Contains(violations, v => v.StartsWith($"[{rule}]", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task PublicPage_ShouldFitPhoneAndHaveLargeTapTargets_WhenShownAt360px(string name)
    {
        var target = PublicPages.Named(name);
        var page = await OpenPageAsync(Viewport.Phone);
        await GoAsync(page, target.Path, target.Status);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Viewport.Phone.Width, $"{target.Path} is {scrollWidth}px wide on a {Viewport.Phone.Width}px phone.");

        // Open the header menu and any folded filters, so their controls are measured too.
        await page.Locator("details.site-menu > summary").ClickAsync();
        foreach (var summary in await page.Locator("main details:not([open]) > summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        var small = await page.EvaluateAsync<string[]>(SmallTapTargets);
        Assert.True(small.Length == 0, $"{target.Path}: tap targets under 44 px on a phone:{Environment.NewLine}{string.Join(Environment.NewLine, small)}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task PublicPage_ShouldCarryTitleDescriptionCanonicalAndOpenGraph_WhenRendered(string name)
    {
        var target = PublicPages.Named(name);
        var page = await OpenPageAsync(Viewport.Desktop);
        await GoAsync(page, target.Path, target.Status);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        Assert.Matches(@"\S+ - 下陆区政策文件与解读库$|^下陆区政策文件与解读库$", await page.TitleAsync());
        var description = await Meta(page, "meta[name=description]", "content");
        Assert.True(description.Length >= 10, $"{target.Path}: description “{description}” is too short.");

        var canonical = await Meta(page, "link[rel=canonical]", "href");
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var canonicalUri), $"{target.Path}: canonical “{canonical}” is not absolute.");
        Assert.Equal(Site.BaseUri.Authority, canonicalUri.Authority);
        Assert.Equal(canonical, await Meta(page, "meta[property='og:url']", "content"));
        Assert.Equal(description, await Meta(page, "meta[property='og:description']", "content"));
        Assert.Equal("下陆区政策文件与解读库", await Meta(page, "meta[property='og:site_name']", "content"));
        Assert.Matches("^(website|article)$", await Meta(page, "meta[property='og:type']", "content"));
        Assert.StartsWith(await Meta(page, "meta[property='og:title']", "content"), await page.TitleAsync(), StringComparison.Ordinal);

        // The Atom feeds are announced on every page (their content is tested in FeedAndSitemapTests).
        foreach (var feed in new[] { "/feeds/documents.atom", "/feeds/interpretations.atom" })
        {
            await Expect(page.Locator($"link[rel=alternate][type='application/atom+xml'][href='{feed}']")).ToHaveCountAsync(1);
        }

        // No script blocks rendering, and every image reserves its space before it arrives.
        Assert.Equal(0, await page.Locator("script:not([defer]):not([async]):not([type=module])").CountAsync());
        Assert.Equal(0, await page.Locator("img:not([width]), img:not([height])").CountAsync());
    }

    private static async Task<string> Meta(IPage page, string selector, string attribute)
    {
        var element = page.Locator("head " + selector);
        await Expect(element).ToHaveCountAsync(1);
        return await element.GetAttributeAsync(attribute) ?? "";
    }

    /// <summary>Visible links and controls in the header, nav, filters, forms and pagers smaller than 44 × 44 CSS px.</summary>
    private const string SmallTapTargets = """
        () => Array.from(document.querySelectorAll(
                'header a, header button, header input, header summary, nav a, nav button, form button, form input:not([type=hidden]), form select, form summary, .pager a, main details > summary'))
            .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
            // A checkbox is tapped through its label as well, so the label's box counts for it.
            .map(e => ({ e, r: (e.type === 'checkbox' || e.type === 'radio') && e.labels.length ? e.labels[0].getBoundingClientRect() : e.getBoundingClientRect() }))
            .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
            .map(({ e, r }) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} “${(e.innerText || e.value || e.name || '').trim().slice(0, 20)}” ${Math.round(r.width)}×${Math.round(r.height)}`)
        """;
}
