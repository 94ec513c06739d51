namespace PolicyLibrary.E2E.Quality;

/// <summary>
/// The pages a staff member studies on — 我的培训, a module, a lesson, the quiz, its result, the certificate, the
/// sessions and the typed check-in — walked once on a 360 px phone (reading every lesson and passing the quiz on the
/// way), then looked at again on a desktop. Each is held to WCAG 2.1 AA under axe, no sideways scrolling, no number
/// broken over two lines, and on the quiz every option's text beside its control.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StaffPageTests(SiteFixture site) : SiteTest(site)
{
    private const string Module = "/training/modules/disclosure-regulation-practice-2016";

    /// <summary>The right answers of the seed module (content/training/disclosure-regulation-practice-2016.md), per question.</summary>
    private static readonly string[][] RightAnswers =
    [
        ["C. 20个工作日"],
        ["B. 15个工作日"],
        ["A. 各部门制定的政策公告", "B. 规范性文件", "C. 政策解读"],
        ["A. 区政府门户网站", "B. 区机关大楼和各单位服务中心的LED显示屏", "C. 下陆图书馆、区机关档案室的查阅场所"],
        ["B. 一律不收取任何费用"],
    ];

    [Fact]
    public async Task StaffStudyPages_ShouldBeAccessibleAndFitAPhone_WhenAStaffMemberStudiesAModule()
    {
        var page = await SignedInAsync(Viewport.Phone, "e2e-learner");
        var visited = new List<string>();

        async Task CheckAsync(string name)
        {
            visited.Add(new Uri(page.Url).PathAndQuery);
            await CheckPageAsync(page, name, Viewport.Phone);
        }

        await GoAsync(page, "/training");
        await CheckAsync("my-training");
        await GoAsync(page, "/training?year=2016");
        await CheckAsync("my-training-2016");
        await GoAsync(page, "/training/sessions");
        await CheckAsync("my-sessions");
        await GoAsync(page, "/training/check-in");
        await CheckAsync("check-in-form");
        await GoAsync(page, Module);
        await CheckAsync("module");

        await GoAsync(page, Module + "/lessons/1");
        await CheckAsync("lesson");
        await page.GetByRole(AriaRole.Button, new() { Name = "已学完本课，下一课" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "已学完本课，下一课" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "已学完本课", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(Module + "$"));

        await GoAsync(page, Module + "/quiz");
        await CheckAsync("quiz");
        var questions = page.Locator("form.quiz fieldset");
        await Expect(questions).ToHaveCountAsync(RightAnswers.Length);
        for (var i = 0; i < RightAnswers.Length; i++)
        {
            foreach (var answer in RightAnswers[i])
            {
                await questions.Nth(i).GetByLabel(answer, new() { Exact = true }).CheckAsync();
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "提交答卷" }).ClickAsync();
        await Expect(page.Locator(".result-summary")).ToContainTextAsync("得分 100");
        await CheckAsync("quiz-result");

        await page.GetByRole(AriaRole.Link, new() { Name = "查看并打印结业证书" }).ClickAsync();
        await Expect(page.Locator(".certificate")).ToContainTextAsync("吴学习");
        await CheckAsync("certificate");

        await page.SetViewportSizeAsync(Viewport.Desktop.Width, Viewport.Desktop.Height);
        foreach (var path in visited)
        {
            await GoAsync(page, path);
            await CheckPageAsync(page, path, Viewport.Desktop);
        }
    }

    private async Task CheckPageAsync(IPage page, string name, Viewport viewport)
    {
        var where = $"{page.Url} ({viewport.Name})";
        var violations = await Axe.ViolationsAsync(Site, page);
        Assert.True(violations.Count == 0, $"{where} has axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= viewport.Width, $"{where} is {scrollWidth}px wide.");

        var broken = await page.EvaluateAsync<string[]>(BrokenNumbers);
        Assert.True(broken.Length == 0, $"{where}: numbers broken over two lines: {string.Join("、", broken)}");

        var misplaced = await page.EvaluateAsync<string[]>(ChoicesNotBesideTheirControl);
        Assert.True(misplaced.Length == 0, $"{where}: options whose text is not beside its control:{Environment.NewLine}{string.Join(Environment.NewLine, misplaced)}");

        if (viewport == Viewport.Phone)
        {
            var small = await page.EvaluateAsync<string[]>(SmallControls);
            Assert.True(small.Length == 0, $"{where}: controls under 44 px:{Environment.NewLine}{string.Join(Environment.NewLine, small)}");
        }

        await Screenshots.SaveAsync(Site, page, $"staff-{name.Trim('/').Replace('/', '-').Replace('?', '-')}-{viewport.Name}");
    }

    /// <summary>Runs of digits (a year, a score, 3/5) in main that the browser laid out on more than one line.</summary>
    private const string BrokenNumbers = """
        () => {
            const found = [];
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.data.matchAll(/\d+(?:[\/.:]\d+)*/g)) {
                    if (m[0].length < 2) continue;
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) found.push(m[0]);
                }
            }
            return found;
        }
        """;

    /// <summary>
    /// Quiz options (label.choice) whose control is wider than a control or whose text does not start beside it on the
    /// control's line, or wraps while narrower than the room it has (the text squeezed into a column).
    /// </summary>
    private const string ChoicesNotBesideTheirControl = """
        () => Array.from(document.querySelectorAll('label.choice')).flatMap(label => {
            const input = label.querySelector('input');
            const text = label.querySelector('span');
            const i = input.getBoundingClientRect(), t = text.getBoundingClientRect(), l = label.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(text);
            const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
            const first = rects[0];
            const lines = new Set(rects.map(r => Math.round(r.top))).size;
            const middle = i.top + i.height / 2;
            const ok = i.width <= 32 && t.left >= i.right - 1 && t.left - i.right <= 24
                && first && first.top <= middle && middle <= first.bottom
                && (lines === 1 || t.width >= 0.6 * l.width);
            return ok ? [] : [`“${text.innerText.trim()}” control ${Math.round(i.width)}×${Math.round(i.height)}, text at ${Math.round(t.left - i.right)}px, ${Math.round(t.width)}px wide, ${lines} lines`];
        })
        """;

    /// <summary>Form controls and button links in main under 44 × 44 px (a check box or radio counts with its label).</summary>
    private const string SmallControls = """
        () => Array.from(document.querySelectorAll('main form button, main form input:not([type=hidden]), main form select, main a.button'))
            .filter(e => e.getClientRects().length > 0)
            .map(e => ({ e, r: (e.type === 'checkbox' || e.type === 'radio') && e.labels.length ? e.labels[0].getBoundingClientRect() : e.getBoundingClientRect() }))
            .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
            .map(({ e, r }) => `${e.tagName.toLowerCase()} “${(e.innerText || e.value || e.name || '').trim().slice(0, 20)}” ${Math.round(r.width)}×${Math.round(r.height)}`)
        """;
}
