using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E.Quality;

/// <summary>Keyboard-only use: a skip link first, the header in reading order, a visible focus ring, switches that say their state.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class KeyboardTests(SiteFixture site) : SiteTest(site)
{
    private static readonly string[] DesktopHeader =
        ["跳到正文", "下陆区政策文件与解读库", "搜索政策文件和解读", "搜索", "大号字", "中号字", "小号字", "视力保护色", "首页", "政策文件", "政策解读", "工作人员登录"];

    /// <summary>On a phone the search and the switches are folded into 菜单 until it is opened.</summary>
    private static readonly string[] PhoneHeader = ["跳到正文", "下陆区政策文件与解读库", "菜单", "首页", "政策文件", "政策解读", "工作人员登录"];

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Tabbing_ShouldVisitSkipLinkThenHeaderInOrderWithVisibleFocus_WhenPageOpens(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var expected = viewport == Viewport.Phone ? PhoneHeader : DesktopHeader;
        var page = await OpenPageAsync(viewport);
        await GoAsync(page, "/documents/" + Seed.DocumentSlug);

        var visited = new List<string>();
        foreach (var _ in expected)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusState>(FocusedElement);
            Assert.True(focus.Visible, $"“{focus.Name}” has focus but is off screen or hidden.");
            Assert.True(focus.OutlineWidth >= 2 && focus.OutlineStyle != "none",
                $"“{focus.Name}” has no visible focus ring (outline {focus.OutlineStyle} {focus.OutlineWidth}px).");
            visited.Add(focus.Name);
        }

        Assert.Equal(expected, visited);
    }

    [Fact]
    public async Task SkipLink_ShouldMoveFocusToMain_WhenActivatedFromKeyboard()
    {
        var page = await OpenPageAsync(Viewport.Desktop);
        await GoAsync(page, "/interpretations/" + Seed.InterpretationSlug);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("跳到正文");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(":focus")).ToHaveIdAsync("main");
        await Expect(page).ToHaveURLAsync(new Regex("#main$"));

        // The next Tab continues inside the content, not back in the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"), "Tab after the skip link left <main>.");
    }

    [Fact]
    public async Task ReaderSwitches_ShouldBeButtonsThatAnnounceTheirState_WhenUsedFromKeyboard()
    {
        var page = await OpenPageAsync(Viewport.Desktop);
        await GoAsync(page, "/");
        var large = page.GetByRole(AriaRole.Button, new() { Name = "大号字", Pressed = false });
        var eyeCare = page.GetByRole(AriaRole.Button, new() { Name = "视力保护色", Pressed = false });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "中号字", Pressed = true })).ToHaveCountAsync(1);

        await large.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "大号字", Pressed = true })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "中号字", Pressed = false })).ToHaveCountAsync(1);
        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex(@"(^|\s)fs-large(\s|$)"));

        await eyeCare.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "视力保护色", Pressed = true })).ToHaveCountAsync(1);
        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex(@"(^|\s)eye-care(\s|$)"));
    }

    private const string FocusedElement = """
        () => {
            const e = document.activeElement;
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            const visibleText = el => { const copy = el.cloneNode(true); copy.querySelectorAll('[aria-hidden=true]').forEach(h => h.remove()); return copy.textContent; };
            const name = (e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].innerText : '') || visibleText(e)).trim();
            return {
                name,
                visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
                outlineStyle: s.outlineStyle,
                outlineWidth: parseFloat(s.outlineWidth) || 0,
            };
        }
        """;

    private sealed class FocusState
    {
        public string Name { get; set; } = "";

        public bool Visible { get; set; }

        public string OutlineStyle { get; set; } = "";

        public double OutlineWidth { get; set; }
    }
}
