using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Api;

public class EditingApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly object NewDocument = DocumentBody(null);

    private static object DocumentBody(Guid? version, string indexNumber = "011043070/2017-09001") => new
    {
        version,
        document = new
        {
            title = "下陆区人民政府办公室关于做好接口报送工作的通知",
            indexNumber,
            documentNumber = "黄下政办〔2017〕901号",
            issuingOrgan = "下陆区人民政府办公室",
            drafterName = "王立新",
            categoryCode = "policy",
            kind = "Other",
            subjectWords = "接口 报送",
            writtenOn = "2017-03-01",
            disclosure = "Proactive",
            bodyMarkdown = "## 一、总体要求\n\n按期报送。",
        },
    };

    [Fact]
    public async Task Writes_ShouldAnswer401_WithoutAValidToken()
    {
        using var anonymous = await site.NewClient().PostAsJsonAsync("/api/v1/documents", NewDocument);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var forged = Client("pl_forged-token-that-does-not-exist");
        using var refused = await forged.PostAsJsonAsync("/api/v1/documents", NewDocument);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Drafter_ShouldCreateEditInterpretAndSubmit_ThroughTheApi()
    {
        using var client = Client(await TokenAsync("api-drafter", "gov-office", Roles.Drafter));

        using var created = await client.PostAsJsonAsync("/api/v1/documents", NewDocument);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (id, version) = await WrittenAsync(created);

        using var conflict = await client.PutAsJsonAsync($"/api/v1/documents/{id}", DocumentBody(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        using var updated = await client.PutAsJsonAsync($"/api/v1/documents/{id}", DocumentBody(version));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        using var interpretation = await client.PostAsJsonAsync($"/api/v1/documents/{id}/interpretations", new
        {
            interpretation = new { title = "《关于做好接口报送工作的通知》解读", form = "Text", summary = "要点。", authorName = "王立新", bodyMarkdown = "## 背景\n\n说明。" },
        });
        Assert.Equal(HttpStatusCode.Created, interpretation.StatusCode);

        using var submitted = await client.PostAsync(new Uri($"/api/v1/documents/{id}/submit", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
    }

    [Fact]
    public async Task Writes_ShouldBeRefusedOrExplained_ByTheCoreRules()
    {
        using var drafter = Client(await TokenAsync("api-drafter-2", "gov-office", Roles.Drafter));
        using var created = await drafter.PostAsJsonAsync("/api/v1/documents", new { document = new { title = "", documentNumber = "黄下政办[2017]1号" } });
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        using (var problem = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Title", out _));
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("DocumentNumber", out _));
        }

        var document = await site.WithDbAsync(db => Task.FromResult(db.Documents.Single(d => d.Slug == "disclosure-notice-2016-66").Id));
        using var finance = Client(await TokenAsync("api-finance", "finance", Roles.Drafter));
        using var foreign = await finance.PostAsJsonAsync($"/api/v1/documents/{document}/interpretations", new
        {
            interpretation = new { title = "越权解读", form = "Text", summary = "", authorName = "某人", bodyMarkdown = "正文" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("谁起草，谁解读", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reviewer = Client(await TokenAsync("api-reviewer", "legal-affairs", Roles.Reviewer));
        using var notDrafter = await reviewer.PostAsJsonAsync("/api/v1/documents", NewDocument);
        Assert.Equal(HttpStatusCode.Forbidden, notDrafter.StatusCode);

        using var malformed = await drafter.PostAsync(new Uri("/api/v1/documents", UriKind.Relative), new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task CookieWrites_ShouldNeedTheAntiforgeryToken_WhileBearerTokensNeedNone()
    {
        var user = await site.EnsureUserAsync("api-cookie", "gov-office", Roles.Drafter);
        var browser = await site.SignedInAsync(user.UserName!, SignedInClients.StaffPassword);
        var document = await site.WithDbAsync(db => Task.FromResult(db.Documents.Single(d => d.Slug == "disclosure-notice-2016-66").Id));

        // What a foreign page's plain form can send: the cookie, an empty form, its own Origin.
        using (var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/documents/{document}/submit") { Content = new FormUrlEncodedContent([]) })
        {
            forged.Headers.Add("Origin", "https://attacker.example");
            using var refused = await browser.SendAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("防伪令牌", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var noToken = await browser.PostAsJsonAsync("/api/v1/documents", NewDocument))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        }

        Assert.False(await site.WithDbAsync(db => Task.FromResult(db.Documents.Any(d => d.CreatedById == user.Id))));

        var token = await browser.TokenAsync("/account/tokens");
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = JsonContent.Create(DocumentBody(null, "011043070/2017-09002")) };
        withToken.Headers.Add("RequestVerificationToken", token);
        using (var created = await browser.SendAsync(withToken))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var bearer = Client(await TokenAsync("api-cookie-bearer", "gov-office", Roles.Drafter));
        using var byBearer = await bearer.PostAsync(new Uri($"/api/v1/documents/{document}/submit", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.BadRequest, byBearer.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/documents", "POST", "{}", "document")]
    [InlineData("/api/v1/documents", "POST", "null", "document")]
    [InlineData("/api/v1/documents", "POST", "{not json", "$")]
    [InlineData("/api/v1/documents", "POST", "{\"document\":{\"title\":null}}", "document.title")]
    [InlineData("/api/v1/documents", "POST", "{\"document\":{\"kind\":\"Poster\"}}", "document.kind")]
    [InlineData("/api/v1/documents", "POST", "{\"document\":{\"writtenOn\":\"2017-13-45\"}}", "document.writtenOn")]
    [InlineData("/api/v1/documents/1", "PUT", "{\"version\":\"x\"}", "version")]
    [InlineData("/api/v1/documents/1/interpretations", "POST", "{}", "interpretation")]
    [InlineData("/api/v1/interpretations/1", "PUT", "{\"interpretation\":{\"summary\":null}}", "interpretation.summary")]
    public async Task MalformedBodies_ShouldAnswerProblemJsonNamingTheField(string url, string method, string json, string field)
    {
        using var client = Client(await TokenAsync("api-malformed", "gov-office", Roles.Drafter));
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task RevokedToken_ShouldNoLongerWork_AndTokensAreManagedOnTheAccountPage()
    {
        var signedIn = await site.SignedInAsync((await site.EnsureUserAsync("api-page", "gov-office", Roles.Drafter)).UserName!, SignedInClients.StaffPassword);
        using var create = await signedIn.PostFormAsync("/account/tokens", "/account/tokens", new Dictionary<string, string> { ["name"] = "门户网站", ["validDays"] = "30" });
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        var page = await create.HtmlAsync();
        var token = page.QuerySelector("#new-token")!.GetAttribute("value")!;
        Assert.StartsWith("pl_", token, StringComparison.Ordinal);

        using var client = Client(token);
        using (var ok = await client.PostAsJsonAsync("/api/v1/documents", new { document = new { title = "" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, ok.StatusCode);
        }

        var revoke = page.QuerySelector("form[action$='/revoke']")!.GetAttribute("action")!;
        using (var revoked = await signedIn.PostFormAsync("/account/tokens", revoke, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/v1/documents", NewDocument);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain(token, await (await signedIn.GetAsync(new Uri("/account/tokens", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient Client(string token)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<string> TokenAsync(string userName, string unit, string role) => site.AccessTokenAsync(userName, unit, role);

    private static async Task<(int Id, Guid Version)> WrittenAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("id").GetInt32(), json.RootElement.GetProperty("version").GetGuid());
    }
}
