using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>A staff member studies a module: reads its lessons, passes the quiz, prints the certificate, which anyone can verify.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class TrainingStudyJourneyTests(SiteFixture site) : SiteTest(site)
{
    // The seed module for 起草人 and 审核人, with its answer key from content/training/confidentiality-review-2016.md.
    private static readonly string[] RightAnswers =
    [
        "B. 先审查、后公开，一事一审",
        "A. 不能确定是否可以公开的信息", "B. 涉及商业秘密、个人隐私的信息", "D. 对公开后可能影响社会稳定的信息",
        "B. 不可以，审核人不得审批本人起草的稿件",
        "A. 审查人", "B. 审查结论", "C. 审查意见", "D. 审查时间",
        "C. 涉密信息一律不得在互联网及政府网站发布",
    ];

    [Fact]
    public async Task Reviewer_ShouldReadTheLessonsPassTheQuizAndGetAVerifiableCertificate()
    {
        var page = await OpenPageAsync(Viewport.Named("desktop"));
        await GoAsync(page, "/account/login");
        await page.GetByLabel("用户名").FillAsync("e2e-reviewer");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(SiteFixture.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));

        // My training for 2016 lists the module as required and not started.
        await GoAsync(page, "/training?year=2016");
        var module = page.GetByRole(AriaRole.Link, new() { Name = "保密审查：上网信息不涉密，涉密信息不上网" });
        await Expect(page.Locator("tr", new() { Has = module })).ToContainTextAsync("未开始");
        await module.ClickAsync();

        // Read the three lessons, one after the other.
        await page.GetByRole(AriaRole.Link, new() { Name = "为什么要做保密审查" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("第一课　为什么要做保密审查");
        await page.GetByRole(AriaRole.Button, new() { Name = "已学完本课，下一课" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("第二课　审查的职责与程序");
        await page.GetByRole(AriaRole.Button, new() { Name = "已学完本课，下一课" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "已学完本课", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/training/modules/confidentiality-review-2016$"));
        await Expect(page.Locator(".lesson-list .state-done")).ToHaveCountAsync(3);

        // Take the quiz and pass it.
        await page.GetByRole(AriaRole.Link, new() { Name = "参加测验" }).ClickAsync();
        await Expect(page.Locator("form.quiz fieldset")).ToHaveCountAsync(5);
        foreach (var answer in RightAnswers)
        {
            await page.GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "提交答卷" }).ClickAsync();
        await Expect(page.Locator(".result-summary")).ToContainTextAsync("得分 100");
        await Expect(page.Locator(".result-list > li.wrong")).ToHaveCountAsync(0);

        // The certificate carries a verification code that the public page confirms.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看并打印结业证书" }).ClickAsync();
        await Expect(page.Locator(".certificate")).ToContainTextAsync("李审核");
        var code = (await page.Locator(".certificate-code code").TextContentAsync())!.Trim();
        Assert.Matches(CodePattern(), code);

        var visitor = await OpenPageAsync(Viewport.Named("phone"));
        await GoAsync(visitor, $"/verify/{code}");
        await Expect(visitor.Locator("main h1")).ToHaveTextAsync("证书查验结果");
        await Expect(visitor.Locator("dl.facts")).ToContainTextAsync("李审核");
        await Expect(visitor.Locator("dl.facts")).ToContainTextAsync("保密审查：上网信息不涉密，涉密信息不上网");
        await Expect(visitor.Locator("dl.facts dt")).ToHaveCountAsync(3);
        // The verify page is public: it is held to the same WCAG 2.1 AA check as the pages in Quality/PublicPages.
        Assert.Empty(await Quality.Axe.ViolationsAsync(Site, visitor));
    }

    [GeneratedRegex("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")]
    private static partial Regex CodePattern();
}
