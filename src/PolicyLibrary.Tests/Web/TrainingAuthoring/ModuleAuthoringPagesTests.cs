using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.TrainingAuthoring;

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
        // Writes by cookie carry the page's anti-forgery token, as the site's own script would.
        using var stale = await PutByCookieAsync(coordinator, "/api/v1/training/modules/revised-regulation-essentials-2026", new { module, version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var staffWrite = await PutByCookieAsync(staff, "/api/v1/training/modules/revised-regulation-essentials-2026",
            new { module, version = read.RootElement.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, staffWrite.StatusCode);
        using var saved = await PutByCookieAsync(coordinator, "/api/v1/training/modules/revised-regulation-essentials-2026",
            new { module, version = read.RootElement.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task ApiWrites_ByCookie_ShouldNeedTheAntiforgeryToken_WhileABearerTokenNeedsNone()
    {
        await site.EnsureUserAsync("csrf-coordinator", "gov-office", Roles.TrainingCoordinator);
        var browser = await site.SignedInAsync("csrf-coordinator", SignedInClients.StaffPassword);
        var module = new { slug = "csrf-module", module = new { title = "防伪测试课程", year = 2026, passMark = 60, creditHours = 1, required = false } };

        // What another site's page can make a signed-in browser send: the cookie, a body, its own Origin — no token.
        using (var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/training/modules") { Content = JsonContent.Create(module) })
        {
            forged.Headers.Add("Origin", "https://attacker.example");
            using var refused = await browser.SendAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("防伪令牌", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var publish = new HttpRequestMessage(HttpMethod.Post, "/api/v1/training/modules/revised-regulation-essentials-2026/unpublish") { Content = JsonContent.Create(new { version = Guid.Empty }) })
        {
            using var refused = await browser.SendAsync(publish);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.False(await site.WithDbAsync(db => Task.FromResult(db.TrainingModules.Any(m => m.Slug == "csrf-module"))));
        using (var read = await browser.GetAsync(new Uri("/api/v1/training/modules", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode); // reads need no token
        }

        using var bearer = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            await site.AccessTokenAsync("csrf-admin-bearer", "gov-office", Roles.Administrator));
        using var created = await bearer.PostAsJsonAsync("/api/v1/training/modules", module);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(await site.WithDbAsync(db => Task.FromResult(db.TrainingModules.Any(m => m.Slug == "csrf-module"))));
    }

    private static async Task<HttpResponseMessage> PutByCookieAsync(HttpClient client, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", await client.TokenAsync("/training"));
        return await client.SendAsync(request);
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
