namespace PolicyLibrary.E2E.Quality;

/// <summary>
/// The signed-in pages of drafters, reviewers, coordinators and the administrator held to the public pages' phone
/// checks: WCAG 2.1 AA under axe and no sideways scrolling at 360 px. The year report also keeps its session table
/// and chart readable there.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ManagerPageTests(SiteFixture site) : SiteTest(site)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "e2e-drafter", "/manager" },
        { "e2e-drafter", "/manager/documents" },
        { "e2e-drafter", "/manager/documents/new" },
        { "e2e-drafter", "/manager/interpretations" },
        { "e2e-reviewer", "/manager" },
        { "e2e-reviewer", "/manager/documents" },
        { "e2e-coordinator", "/manager" },
        { "e2e-coordinator", "/manager/training/sessions" },
        { "e2e-coordinator", "/manager/training/sessions/new" },
        { "e2e-coordinator", "/manager/training/reports?year=2016" },
        { "e2e-coordinator", "/manager/training/modules" },
        { "e2e-coordinator", "/manager/training/plans" },
        { "e2e-staff", "/account" },
        { "e2e-staff", "/account/password" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task SignedInPage_ShouldPassAxeAndFitAPhone_WhenShownAt360px(string user, string path)
    {
        var page = await SignedInAsync(Viewport.Phone, user);
        await GoAsync(page, path);

        var violations = await Axe.ViolationsAsync(Site, page);
        Assert.True(violations.Count == 0, $"{path} ({user}, phone) has axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        var overflow = await page.EvaluateAsync<string>(Overflow);
        Assert.True(overflow.Length == 0, $"{path} ({user}) scrolls sideways on a 360 px phone: {overflow}");
        await Screenshots.SaveAsync(Site, page, $"signed-in-{user}-{path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-')}-phone");
    }

    [Fact]
    public async Task YearReport_ShouldKeepItsTableAndChartReadable_OnA360pxPhone()
    {
        var page = await SignedInAsync(Viewport.Phone, "e2e-coordinator");
        await GoAsync(page, "/manager/training/reports?year=2016");
        await Expect(page.Locator("table[data-table='sessions'] tbody tr")).ToHaveCountAsync(2);

        // No cell of the session table squeezed into a column a character or two wide.
        var squeezed = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('table[data-table=sessions] td')).flatMap(td => {
                const size = parseFloat(getComputedStyle(td).fontSize);
                const range = document.createRange();
                range.selectNodeContents(td);
                const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top))).size;
                const text = td.innerText.trim();
                return td.getBoundingClientRect().width < 3 * size || (text.length > 1 && lines >= text.length) ? [`“${text}” ${Math.round(td.getBoundingClientRect().width)}px, ${lines} lines`] : [];
            })
            """);
        Assert.True(squeezed.Length == 0, $"session table cells squeezed: {string.Join("; ", squeezed)}");

        // Every piece of text of the charts at least 12 px as laid out (a scaled SVG shrank them to about 5 px).
        var small = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('.chart *')).filter(e => e.childNodes.length && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.data.trim()))
                .map(e => {
                    const svg = e.closest('svg');
                    const scale = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
                    return { text: e.textContent.trim().slice(0, 12), px: parseFloat(getComputedStyle(e).fontSize) * scale };
                })
                .filter(t => t.px < 12).map(t => `“${t.text}” ${t.px.toFixed(1)}px`)
            """);
        Assert.True(small.Length == 0, $"chart text under 12 px: {string.Join("; ", small)}");
        Assert.True(await page.Locator(".chart .bar-label").CountAsync() >= 2, "the charts show no labels");
    }

    /// <summary>What sticks out of a 360 px screen, named, or nothing.</summary>
    private const string Overflow = """
        () => {
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) return '';
            return document.documentElement.scrollWidth + 'px: ' + Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 0.5).slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')).join(', ');
        }
        """;
}
