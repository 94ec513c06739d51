using System.Net;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

/// <summary>
/// Every manager endpoint × every kind of user: anonymous visitors are sent to sign in, refusals are 403, what is
/// allowed answers 200 (pages) or redirects to the result (actions) — and nothing answers 500.
/// </summary>
public class ManagerMatrixTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    private const string A = "allow";
    private const string R = "refuse";

    /// <summary>
    /// An endpoint: how to arrange its subject, what to send, and the expected answer for Staff, Drafter, OtherDrafter,
    /// Reviewer, Administrator; <paramref name="Allowed"/> overrides the usual 200 (GET) / redirect (POST) when allowed.
    /// </summary>
    private sealed record Endpoint(string Method, Func<ManagerSite, Task<(string Url, List<KeyValuePair<string, string>> Fields)>> Arrange, string[] Expected, HttpStatusCode? Allowed = null, bool Script = false);

    private static readonly Dictionary<string, Endpoint> Endpoints = new()
    {
        ["GET /manager"] = new("GET", _ => Get("/manager"), [A, A, A, A, A]),
        ["GET /manager/documents/new"] = new("GET", _ => Get("/manager/documents/new"), [R, A, A, R, R]),
        ["POST /manager/documents/new"] = new("POST", m => Task.FromResult(("/manager/documents/new", ManagerSite.Fields(m.NewInput(), Guid.Empty))), [R, A, A, R, R]),
        ["GET /manager/documents/{id}"] = new("GET", async m => ($"/manager/documents/{await m.DraftAsync()}", []), [R, A, R, A, A]),
        ["GET /manager/documents/{id}/edit"] = new("GET", async m => ($"/manager/documents/{await m.DraftAsync()}/edit", []), [R, A, R, R, R]),
        ["POST /manager/documents/{id}/edit"] = new("POST", async m =>
        {
            var id = await m.DraftAsync();
            var document = await m.DocumentAsync(id);
            return ($"/manager/documents/{id}/edit", ManagerSite.Fields(m.NewInput(), document.Version));
        }, [R, A, R, R, R]),
        ["GET /manager/documents/{id}/revisions"] = new("GET", async m => ($"/manager/documents/{await m.DraftAsync()}/revisions?from=1&to=1", []), [R, A, R, A, A]),
        ["POST /manager/documents/{id}/revisions/{n}/restore"] = new("POST", async m =>
        {
            var id = await m.DraftAsync();
            return ($"/manager/documents/{id}/revisions/1/restore", [new("version", (await m.DocumentAsync(id)).Version.ToString())]);
        }, [R, A, R, R, R]),
        ["POST /manager/documents/{id}/submit"] = new("POST", async m => ($"/manager/documents/{await m.DraftAsync()}/submit", []), [R, A, R, R, R]),
        ["POST /manager/documents/{id}/approve"] = new("POST", async m => ($"/manager/documents/{await m.InReviewAsync()}/approve", [new("comment", "同意")]), [R, R, R, A, R]),
        ["POST /manager/documents/{id}/reject"] = new("POST", async m => ($"/manager/documents/{await m.InReviewAsync()}/reject", [new("comment", "请修改")]), [R, R, R, A, R]),
        ["POST /manager/documents/{id}/withdraw"] = new("POST", async m => ($"/manager/documents/{await m.PublishedAsync()}/withdraw", [new("reason", "内容有误"), new("confirmed", "yes")]), [R, R, R, A, A]),
        ["POST /manager/documents/{id}/validity"] = new("POST", async m => ($"/manager/documents/{await m.PublishedAsync()}/validity",
            [new("validity", "Repealed"), new("changedOn", "2017-06-01")]), [R, A, R, A, A]),
        ["POST /manager/documents/{id}/index-number"] = new("POST", async m => ($"/manager/documents/{await m.DraftAsync()}/index-number",
            [new("indexNumber", "MATRIX-" + Guid.NewGuid().ToString("N")[..10])]), [R, R, R, R, A]),
        ["POST /manager/documents/{id}/reschedule"] = new("POST", async m => ($"/manager/documents/{await m.ScheduledAsync()}/reschedule",
            [new("cancel", "1")]), [R, R, R, A, R]),
        ["POST /manager/documents/{id}/drafting-unit"] = new("POST", async m => ($"/manager/documents/{await m.DraftAsync()}/drafting-unit",
            [new("unitCode", "finance"), new("reason", "起草单位录入错误")]), [R, R, R, R, A]),
        ["GET /manager/documents/{id}/interpretations/new"] = new("GET", async m => ($"/manager/documents/{await m.DraftAsync()}/interpretations/new", []), [R, A, R, R, R]),
        ["POST /manager/documents/{id}/interpretations/new"] = new("POST", async m => ($"/manager/documents/{await m.DraftAsync()}/interpretations/new",
            ManagerSite.Fields(ManagerSite.NewInterpretation(), Guid.Empty)), [R, A, R, R, R]),
        ["GET /manager/interpretations/{id}"] = new("GET", async m => ($"/manager/interpretations/{await m.InterpretationAsync(await m.DraftAsync())}", []), [R, A, R, A, A]),
        ["GET /manager/interpretations/{id}/edit"] = new("GET", async m => ($"/manager/interpretations/{await m.InterpretationAsync(await m.DraftAsync())}/edit", []), [R, A, R, R, R]),
        ["POST /manager/interpretations/{id}/edit"] = new("POST", async m =>
        {
            var id = await m.InterpretationAsync(await m.DraftAsync());
            var version = await m.DbAsync(db => Task.FromResult(db.Interpretations.First(i => i.Id == id).Version));
            return ($"/manager/interpretations/{id}/edit", ManagerSite.Fields(ManagerSite.NewInterpretation() with { Title = "改过的解读" }, version));
        }, [R, A, R, R, R]),
        ["GET /manager/interpretations/{id}/revisions"] = new("GET", async m => ($"/manager/interpretations/{await m.InterpretationAsync(await m.DraftAsync())}/revisions?from=1&to=1", []), [R, A, R, A, A]),
        ["POST /manager/interpretations/{id}/revisions/{n}/restore"] = new("POST", async m =>
        {
            var id = await m.InterpretationAsync(await m.DraftAsync());
            var version = await m.DbAsync(db => Task.FromResult(db.Interpretations.First(i => i.Id == id).Version));
            return ($"/manager/interpretations/{id}/revisions/1/restore", [new("version", version.ToString())]);
        }, [R, A, R, R, R]),
        ["GET /manager/media"] = new("GET", _ => Get("/manager/media"), [R, A, A, A, A]),

        // Uploading answers with the results page; a form without files reaches the action and gets its message.
        ["POST /manager/media"] = new("POST", _ => Get("/manager/media"), [R, A, A, A, A], HttpStatusCode.BadRequest),
        ["GET /manager/media/{id}"] = new("GET", async m => ($"/manager/media/{await SeedImageAsync(m)}", []), [R, A, A, A, A]),
        ["POST /manager/media/{id}"] = new("POST", async m => ($"/manager/media/{await SeedImageAsync(m)}",
            [new("altText", "信息图"), new("caption", "图1")]), [R, A, A, A, A]),
        ["POST /manager/media/{id}/delete"] = new("POST", async m => ($"/manager/media/{await UnusedFileAsync(m)}/delete", []), [R, A, A, A, A]),

        // The editor's picker (posted by script, answered with problem+json): without a file it is told so, 400.
        ["POST /manager/media/insert"] = new("POST", _ => Task.FromResult(("/manager/media/insert", new List<KeyValuePair<string, string>> { new("altText", "示意图") })),
            [R, A, A, A, A], HttpStatusCode.BadRequest, Script: true),
    };

    private static Task<int> SeedImageAsync(ManagerSite m) => m.DbAsync(db => Task.FromResult(db.MediaFiles.OrderBy(f => f.Id).First().Id));

    private static Task<int> UnusedFileAsync(ManagerSite m) => m.DbAsync(async db =>
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        var file = db.MediaFiles.Add(new PolicyLibrary.Media.MediaFile
        {
            FileName = hash[..16] + ".pdf",
            Sha256 = hash,
            ContentType = "application/pdf",
            Kind = PolicyLibrary.Media.MediaKind.Attachment,
            OriginalName = "未使用.pdf",
        }).Entity;
        await db.SaveChangesAsync();
        return file.Id;
    });

    public static TheoryData<string, Who> Cases()
    {
        var data = new TheoryData<string, Who>();
        foreach (var name in Endpoints.Keys)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(name, who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_ShouldAllowOrRefuse_AsTheRulesSay(string endpoint, Who who)
    {
        var (method, arrange, expected, allowed, script) = Endpoints[endpoint];
        var (url, fields) = await arrange(manager);

        using var response = method == "GET"
            ? await manager.Client(who).GetAsync(new Uri(url, UriKind.Relative))
            : await manager.PostAsync(who, url, fields);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{endpoint} as {who}: {status}\n{body}");

        if (who == Who.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
            return;
        }

        if (expected[(int)who - 1] == A)
        {
            var want = allowed ?? (method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Redirect);
            Assert.True(want == response.StatusCode, $"{endpoint} as {who}: expected {(int)want}, got {status}\n{body}");
            if (method == "POST" && want == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/manager/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {who}: expected 403, got {status}\n{body}");
            if (script)
            {
                // A script's endpoint is refused as problem+json whose detail the page around it shows.
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{endpoint} as {who}: not problem+json\n{body}");
                using var problem = System.Text.Json.JsonDocument.Parse(body);
                Assert.Contains("可以管理媒体库", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.True(body.Contains("class=\"refusal\"", StringComparison.Ordinal), $"{endpoint} as {who}: no refusal page\n{body}");
            }

            Assert.DoesNotContain("请选择一张", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Matrix_ShouldCoverEveryManagerEndpoint()
    {
        var routes = typeof(PolicyLibrary.Web.Features.Manager.ManagerControllerBase).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PolicyLibrary.Web.Features.Manager.ManagerControllerBase)))
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .SelectMany(x => x.Method.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute), false)
                .Cast<Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute>()
                .Select(a => $"{a.HttpMethods.Single()} {Prefix(x.Type)}{a.Template}".TrimEnd('/')))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"\{(\w+)(:int)?\}", m => m.Groups[1].Value switch
            {
                "number" => "{n}",
                _ => "{id}",
            }))
            .ToHashSet();
        Assert.Equal(routes.Order(), Endpoints.Keys.Order());

        static string Prefix(Type controller) =>
            controller.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.RouteAttribute), false) is [Microsoft.AspNetCore.Mvc.RouteAttribute route, ..]
                ? "/" + route.Template + "/" : "/";
    }

    private static Task<(string, List<KeyValuePair<string, string>>)> Get(string url) => Task.FromResult((url, new List<KeyValuePair<string, string>>()));
}
