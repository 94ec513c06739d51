using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Training;

/// <summary>A coordinator writes a module in the manager and through the API; staff study it without ever receiving the key.</summary>
public class ModuleAuthoringPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Coordinator_ShouldCreateFillAndPublishAModule_InTheManager()
    {
        await site.EnsureUserAsync("pages-coordinator", "gov-office", Roles.TrainingCoordinator);
        await site.EnsureUserAsync("pages-staff", "gov-office", Roles.Staff);
        var coordinator = await site.SignedInAsync("pages-coordinator", SignedInClients.StaffPassword);
        const string Base = "/manager/training/modules/pages-module";

        using var created = await coordinator.PostFormAsync("/manager/training/modules/new", "/manager/training/modules/new",
            [F("Slug", "pages-module"), F("Title", "页面编写的课程"), F("Year", "2026"), F("PassMark", "100"), F("CreditHours", "1.5"),
                F("Required", "true"), F("ShowAnswers", "AfterPass")]);
        Assert.Equal((HttpStatusCode.Redirect, Base), (created.StatusCode, created.Headers.Location?.OriginalString));

        using var preview = await coordinator.PostFormAsync($"{Base}/lessons/new", $"{Base}/lessons/new",
            [F("Title", "第一课"), F("BodyMarkdown", "## 要点\n\n先审查、后公开。"), F("preview", "1"), F("Version", await VersionAsync(coordinator, Base))]);
        Assert.Contains("<h2 id=\"要点\">要点</h2>", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var lesson = await coordinator.PostFormAsync($"{Base}/lessons/new", $"{Base}/lessons/new",
            [F("Title", "第一课"), F("BodyMarkdown", "## 要点\n\n先审查、后公开。"), F("Version", await VersionAsync(coordinator, Base))]);
        Assert.Equal(HttpStatusCode.Redirect, lesson.StatusCode);

        using var wrongKey = await coordinator.PostFormAsync($"{Base}/quiz", $"{Base}/quiz",
            [F("Version", await VersionAsync(coordinator, Base)), F("Questions[0].Text", "原则是？"), F("Questions[0].Kind", "SingleChoice"),
                F("Questions[0].Options[0]", "先审查、后公开"), F("Questions[0].Options[1]", "先公开、后审查")]);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKey.StatusCode);
        Assert.Contains("恰好勾选一个正确答案", await wrongKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var quiz = await coordinator.PostFormAsync($"{Base}/quiz", $"{Base}/quiz",
            [F("Version", await VersionAsync(coordinator, Base)), F("Questions[0].Text", "原则是？"), F("Questions[0].Kind", "SingleChoice"),
                F("Questions[0].Options[0]", "先审查、后公开"), F("Questions[0].Options[1]", "先公开、后审查"), F("Questions[0].Correct", "0"),
                F("Questions[0].Explanation", "保密审查是前置程序。")]);
        Assert.Equal(HttpStatusCode.Redirect, quiz.StatusCode);

        var staff = await site.SignedInAsync("pages-staff", SignedInClients.StaffPassword);
        await staff.GetPageAsync("/training/modules/pages-module", HttpStatusCode.NotFound);
        await staff.GetPageAsync("/manager/training/modules", HttpStatusCode.Forbidden);

        using var publish = await coordinator.PostFormAsync(Base, $"{Base}/publish", [F("version", await VersionAsync(coordinator, Base))]);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var form = await staff.GetPageAsync("/training/modules/pages-module/quiz");
        Assert.Equal(2, form.QuerySelectorAll("input[type=radio]").Length);
        Assert.DoesNotContain("保密审查是前置程序", form.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var page = await coordinator.GetPageAsync(Base);
        Assert.Equal("已发布", page.Text("[data-module-status]"));
        Assert.Equal(3, page.QuerySelectorAll("#history-heading ~ div table tbody tr").Length);
    }

    [Fact]
    public async Task Api_ShouldLetStaffRead_WithoutTheKey_AndCoordinatorsWrite_WithTheirVersion()
    {
        await site.EnsureUserAsync("api-coordinator", "gov-office", Roles.TrainingCoordinator);
        await site.EnsureUserAsync("api-staff", "gov-office", Roles.Staff);
        var coordinator = await site.SignedInAsync("api-coordinator", SignedInClients.StaffPassword);
        var staff = await site.SignedInAsync("api-staff", SignedInClients.StaffPassword);

        using var forStaff = await staff.GetAsync(new Uri("/api/v1/training/modules/revised-regulation-essentials-2026", UriKind.Relative));
        var json = await forStaff.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, forStaff.StatusCode);
        Assert.Contains("\"choices\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isCorrect", json, StringComparison.OrdinalIgnoreCase);
        using var sourceRefused = await staff.GetAsync(new Uri("/api/v1/training/modules/revised-regulation-essentials-2026/source", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, sourceRefused.StatusCode);

        using var source = await coordinator.GetAsync(new Uri("/api/v1/training/modules/revised-regulation-essentials-2026/source", UriKind.Relative));
        using var read = JsonDocument.Parse(await source.Content.ReadAsStringAsync());
        var module = read.RootElement.GetProperty("module");
        Assert.Contains("isCorrect", module.GetRawText(), StringComparison.Ordinal);
        using var stale = await coordinator.PutAsJsonAsync("/api/v1/training/modules/revised-regulation-essentials-2026",
            new { module, version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var staffWrite = await staff.PutAsJsonAsync("/api/v1/training/modules/revised-regulation-essentials-2026",
            new { module, version = read.RootElement.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, staffWrite.StatusCode);
        using var saved = await coordinator.PutAsJsonAsync("/api/v1/training/modules/revised-regulation-essentials-2026",
            new { module, version = read.RootElement.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task OpenApi_ShouldDescribeTheTokenScheme_OnTheTrainingOperations()
    {
        using var openApi = JsonDocument.Parse(await site.NewClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = openApi.RootElement;
        Assert.Equal("bearer", root.GetProperty("components").GetProperty("securitySchemes").GetProperty(PolicyLibrary.Web.Hosting.OpenApiDocumentation.Bearer).GetProperty("scheme").GetString());
        var put = root.GetProperty("paths").GetProperty("/api/v1/training/modules/{slug}").GetProperty("put");
        Assert.Contains(put.GetProperty("security").EnumerateArray(), r => r.TryGetProperty(PolicyLibrary.Web.Hosting.OpenApiDocumentation.Bearer, out _));
        var publicList = root.GetProperty("paths").GetProperty("/api/v1/documents").GetProperty("get");
        Assert.All(publicList.GetProperty("security").EnumerateArray(), r => Assert.Empty(r.EnumerateObject())); // none needed
    }

    private static async Task<string> VersionAsync(HttpClient client, string modulePage) =>
        (await client.GetPageAsync(modulePage)).QuerySelector("input[name=version]")!.GetAttribute("value")!;
}
