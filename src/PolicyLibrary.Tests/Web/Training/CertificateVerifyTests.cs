using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Training;

/// <summary>Completing a module through the pages, its printable certificate, and the public /verify/{code} check.</summary>
public class CertificateVerifyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Module = "writing-interpretations-2016"; // 起草人 or 区政府办/区法制办; 3 lessons; 6 questions; pass mark 75

    [Fact]
    public async Task Completion_ShouldIssueACertificateThatTheVerifyPageConfirmsWithNameModuleAndDateOnly()
    {
        await site.EnsureUserAsync("cert-drafter", "gov-office", Roles.Drafter);
        var drafter = await site.SignedInAsync("cert-drafter", SignedInClients.StaffPassword);
        await drafter.GetPageAsync($"/training/certificates/{Module}", HttpStatusCode.NotFound);

        for (var n = 1; n <= 3; n++)
        {
            var lesson = await drafter.GetPageAsync($"/training/modules/{Module}/lessons/{n}");
            Assert.NotEmpty(lesson.Text(".lesson .body"));
            using var read = await drafter.PostFormAsync($"/training/modules/{Module}/lessons/{n}", $"/training/modules/{Module}/lessons/{n}/read", []);
            Assert.Equal(n < 3 ? $"/training/modules/{Module}/lessons/{n + 1}" : $"/training/modules/{Module}", read.Headers.Location?.OriginalString);
        }

        var quiz = $"/training/modules/{Module}/quiz";
        using var submitted = await drafter.PostFormAsync(quiz, quiz, await TrainingAnswers.FormAsync(site, Module, wrongQuestion: 0));
        var result = await drafter.GetPageAsync(submitted.Headers.Location!.OriginalString);
        Assert.Contains("得分 100", result.Text(".result-summary"), StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector($"a[href='/training/certificates/{Module}']"));

        var certificate = await drafter.GetPageAsync($"/training/certificates/{Module}");
        var code = certificate.Text(".certificate-code code");
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.Contains("测试cert-drafter", certificate.Text(".certificate"), StringComparison.Ordinal);
        Assert.Contains("如何写好政策解读", certificate.Text(".certificate-module"), StringComparison.Ordinal);
        // The certificate links its verification page and carries it as a QR code, for paper.
        Assert.NotNull(certificate.QuerySelector($".certificate a[href='/verify/{code}']"));
        Assert.NotNull(certificate.QuerySelector(".certificate-qr [role=img] svg"));
        Assert.Contains($"/verify/{code}", certificate.QuerySelector(".certificate-qr [role=img]")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        var myTraining = await drafter.GetPageAsync("/training?year=2016");
        Assert.Contains("已完成", myTraining.Text("#required-heading + *"), StringComparison.Ordinal);

        var verify = await site.NewClient().GetPageAsync($"/verify/{code}");
        var facts = verify.QuerySelectorAll("dl.facts dt").Select(d => d.TextContent).ToList();
        Assert.Equal(["姓名", "培训课程", "结业日期"], facts);
        Assert.Equal("测试cert-drafter", verify.Text("dl.facts dd"));
        var completedOn = await site.WithDbAsync(db => db.ModuleCompletions.Where(c => c.StaffMember!.UserName == "cert-drafter").Select(c => c.CompletedAtUtc).SingleAsync());
        Assert.Contains(ChinaTime.LongDate(ChinaTime.DateOf(completedOn)), verify.Text("main"), StringComparison.Ordinal);
        var main = verify.Text("main");
        foreach (var privateFact in new[] { "cert-drafter@", "下陆区人民政府办公室（", "起草人", "得分", "100" })
        {
            Assert.DoesNotContain(privateFact, main, StringComparison.Ordinal);
        }

        var lowerCase = await site.NewClient().GetPageAsync($"/verify/{code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)}");
        Assert.Equal("测试cert-drafter", lowerCase.Text("dl.facts dd"));
    }

    [Theory]
    [InlineData("0000-0000-0000")]
    [InlineData("not-a-code")]
    [InlineData("%3Cscript%3E")]
    [InlineData("%20")]
    public async Task Verify_ShouldAnswerAFriendlyChinese404_ForAnUnknownCode(string code)
    {
        var page = await site.NewClient().GetPageAsync($"/verify/{code}", HttpStatusCode.NotFound);

        Assert.Equal("未找到该证书", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("form[action='/verify'] input[name='code']"));
    }

    [Fact]
    public async Task Verify_ShouldRedirectTheTypedCodeToItsPage()
    {
        using var response = await site.NewClient().GetAsync(new Uri("/verify?code=+ab12-cd34-ef56+", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verify/ab12-cd34-ef56", response.Headers.Location?.OriginalString);
        await site.NewClient().GetPageAsync("/verify");
    }
}
