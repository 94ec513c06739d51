using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>
/// A coordinator authors a module in the manager (two lessons, a three-question quiz); a staff member studies it on a
/// phone, passes and gets a certificate; the coordinator then changes the quiz, and the certificate and the staff
/// member's record stay as they were (a changed quiz is a new quiz version).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ModuleAuthoringJourneyTests(SiteFixture site) : SiteTest(site)
{
    private static readonly (string Text, string[] Options, int Correct)[] Questions =
    [
        ("政府信息公开应当坚持什么原则？", ["以公开为常态、不公开为例外", "以不公开为常态"], 0),
        ("政策解读应由谁负责？", ["任意单位", "文件起草单位（谁起草，谁解读）"], 1),
        ("涉密信息可以在政府网站发布吗？", ["可以", "不可以"], 1),
    ];

    [Fact]
    public async Task Coordinator_ShouldAuthorAModuleThatStaffComplete_AndAQuizEditKeepsTheirCertificate()
    {
        var slug = "e2e-module-" + Guid.NewGuid().ToString("N")[..6];
        var title = "政务公开入门（" + slug[^6..] + "）";
        var coordinator = await SignedInAsync(Viewport.Desktop, "e2e-coordinator");

        // The module, for everyone, this year.
        await GoAsync(coordinator, "/manager/training/modules/new");
        await coordinator.Locator("#Title").FillAsync(title);
        await coordinator.Locator("#Slug").FillAsync(slug);
        await coordinator.Locator("#Year").FillAsync(DateTime.UtcNow.AddHours(8).Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.Locator("#PassMark").FillAsync("60");
        await coordinator.Locator("#CreditHours").FillAsync("2");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex($"/manager/training/modules/{slug}$"));

        // Two lessons.
        foreach (var (lesson, body) in new[] { ("公开的原则", "## 原则\n\n以公开为常态、不公开为例外。"), ("谁起草，谁解读", "## 解读\n\n文件起草单位负责解读。") })
        {
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "添加课时" }).ClickAsync();
            await coordinator.Locator("#Title").FillAsync(lesson);
            await coordinator.Locator("#BodyMarkdown").FillAsync(body);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = lesson, Exact = true })).ToBeVisibleAsync();
        }

        // Three single-choice questions, one per save: the last, blank question adds one.
        for (var i = 0; i < Questions.Length; i++)
        {
            await GoAsync(coordinator, $"/manager/training/modules/{slug}/quiz");
            await FillQuestionAsync(coordinator, i, Questions[i].Text, Questions[i].Options, Questions[i].Correct);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "保存测验" }).ClickAsync();
            await Expect(coordinator).ToHaveURLAsync(new Regex($"/manager/training/modules/{slug}$"));
        }

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "停止发布" })).ToBeVisibleAsync();

        // A staff member studies it on a phone and passes.
        var learner = await SignedInAsync(Viewport.Phone, "e2e-learner");
        await GoAsync(learner, $"/training/modules/{slug}");
        await learner.GetByRole(AriaRole.Link, new() { Name = "公开的原则" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "已学完本课，下一课" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "已学完本课", Exact = true }).ClickAsync();
        await Expect(learner.Locator(".lesson-list .state-done")).ToHaveCountAsync(2);
        await learner.GetByRole(AriaRole.Link, new() { Name = "参加测验" }).ClickAsync();
        await Expect(learner.Locator("form.quiz fieldset")).ToHaveCountAsync(3);
        foreach (var (_, options, correct) in Questions)
        {
            await learner.GetByLabel($"{(char)('A' + correct)}. {options[correct]}", new() { Exact = true }).CheckAsync();
        }

        await learner.GetByRole(AriaRole.Button, new() { Name = "提交答卷" }).ClickAsync();
        await Expect(learner.Locator(".result-summary")).ToContainTextAsync("得分 100");
        await learner.GetByRole(AriaRole.Link, new() { Name = "查看并打印结业证书" }).ClickAsync();
        await Expect(learner.Locator(".certificate")).ToContainTextAsync("吴学习");
        var code = (await learner.Locator(".certificate-code code").TextContentAsync())!.Trim();
        Assert.Matches(CodePattern(), code);
        await GoAsync(learner, "/training");
        var row = learner.Locator("tr", new() { Has = learner.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync("已完成");
        var before = (await row.InnerTextAsync()).Trim();

        // The coordinator changes the first question's answer.
        await GoAsync(coordinator, $"/manager/training/modules/{slug}/quiz");
        await FillQuestionAsync(coordinator, 0, "政府信息公开以什么为常态？", ["不公开", "公开"], 1);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "保存测验" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex($"/manager/training/modules/{slug}$"));

        // The certificate still verifies and the record is what it was.
        var visitor = await OpenPageAsync(Viewport.Phone);
        await GoAsync(visitor, $"/verify/{code}");
        await Expect(visitor.Locator("dl.facts")).ToContainTextAsync("吴学习");
        await Expect(visitor.Locator("dl.facts")).ToContainTextAsync(title);
        await GoAsync(learner, "/training");
        Assert.Equal(before, (await row.InnerTextAsync()).Trim());
        await GoAsync(learner, $"/training/modules/{slug}");
        var attempts = learner.Locator("table", new() { HasText = "我的测验记录" }).Locator("tbody tr");
        await Expect(attempts).ToHaveCountAsync(1);
        await Expect(attempts).ToContainTextAsync("合格");
    }

    /// <summary>Question <paramref name="index"/> of the quiz form: its text, two options and the one right answer.</summary>
    private static async Task FillQuestionAsync(IPage page, int index, string text, string[] options, int correct)
    {
        var prefix = $"#Questions_{index}_";
        await page.Locator(prefix + "Kind").SelectOptionAsync("SingleChoice");
        await page.Locator(prefix + "Text").FillAsync(text);
        for (var j = 0; j < options.Length; j++)
        {
            await page.Locator($"{prefix}Options_{j}").FillAsync(options[j]);
            var box = page.Locator($"input[name='Questions[{index}].Correct'][value='{j}']");
            await box.SetCheckedAsync(j == correct);
        }
    }

    [GeneratedRegex("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")]
    private static partial Regex CodePattern();
}
