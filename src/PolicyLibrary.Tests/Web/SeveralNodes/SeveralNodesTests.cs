using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Changes;
using PolicyLibrary.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit.Abstractions;

namespace PolicyLibrary.Tests.Web.SeveralNodes;

/// <summary>One site on two nodes behind nginx (see <see cref="TwoNodesBehindNginx"/>): what one node does, the other shows.</summary>
[Collection(ProcessesCollection.Name)]
public sealed partial class SeveralNodesTests(TwoNodesBehindNginx nodes, ITestOutputHelper output) : IClassFixture<TwoNodesBehindNginx>
{
    [PostgreSqlOnlyFact]
    public async Task Publishing_ThroughNodeA_ShouldShowOnNodeB_AndWithdrawingThroughNodeB_ShouldClearNodeA_WithinOneSecond()
    {
        var id = (await ScheduledPackets.CreateInReviewAsync(nodes.Options, 1))[0];
        using var reviewer = await TwoNodesBehindNginx.SignedInAsync(nodes.A.Address);
        var slug = await SlugAsync(id);
        using var b = new HttpClient { BaseAddress = nodes.B.Address };
        using var a = new HttpClient { BaseAddress = nodes.A.Address };
        Assert.False(await ShowsAsync(b, slug)); // and now cached on B without it

        // Signed in through A, the form's anti-forgery token from A: approving for now publishes.
        var before = await ChangeWindow.GenerationAsync(nodes.Options);
        var token = await reviewer.TokenAsync($"/manager/documents/{id}", $"/manager/documents/{id}/approve");
        using (var approved = await reviewer.PostAsync(new Uri($"/manager/documents/{id}/approve", UriKind.Relative),
                   new FormUrlEncodedContent([new("comment", "同意"), new("__RequestVerificationToken", token)])))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var published = await ChangeWindow.MeasureAsync(nodes.Options, before, () => ShowsAsync(b, slug));
        output.WriteLine($"published through A, shown everywhere on B after {published.TotalMilliseconds:F0} ms");
        Assert.True(published < TimeSpan.FromSeconds(1), $"{published.TotalMilliseconds:F0} ms");
        Assert.True(await ShowsAsync(a, slug));

        // The same cookies and a token made by A, posted to B: B opens what A sealed.
        before = await ChangeWindow.GenerationAsync(nodes.Options);
        token = await reviewer.TokenAsync($"/manager/documents/{id}", $"/manager/documents/{id}/withdraw");
        using (var withdrawn = await reviewer.PostAsync(new Uri(nodes.B.Address, $"/manager/documents/{id}/withdraw"),
                   new FormUrlEncodedContent([new("reason", "内容需要调整"), new("confirmed", "yes"), new("__RequestVerificationToken", token)])))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        var gone = await ChangeWindow.MeasureAsync(nodes.Options, before, async () => await GoneAsync(a, slug));
        output.WriteLine($"withdrawn through B, gone everywhere on A after {gone.TotalMilliseconds:F0} ms");
        Assert.True(gone < TimeSpan.FromSeconds(1), $"{gone.TotalMilliseconds:F0} ms");

        using var proxy = new HttpClient { BaseAddress = nodes.Nginx.Address };
        Assert.True(await GoneAsync(proxy, slug));
        Assert.True(await GoneAsync(b, slug));
    }

    [PostgreSqlOnlyFact]
    public async Task Media_UploadedThroughNodeA_ShouldBeServedByNodeB()
    {
        using var reviewer = await TwoNodesBehindNginx.SignedInAsync(nodes.A.Address);
        using var image = new Image<Rgba32>(64, 48, new Rgba32(200, 30, 30));
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png);
        var token = await reviewer.TokenAsync("/manager/media", "/manager/media");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var content = new ByteArrayContent(png.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(content, "files", "node-a.png");
        using (var uploaded = await reviewer.PostAsync(new Uri("/manager/media", UriKind.Relative), form))
        {
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        }

        await using var db = new PolicyLibraryDbContext(nodes.Options);
        var file = await db.MediaFiles.AsNoTracking().Where(m => m.OriginalName == "node-a.png").SingleAsync();
        using var served = await reviewer.GetAsync(new Uri(nodes.B.Address, $"/media/{file.FileName}"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(file.ContentType, served.Content.Headers.ContentType?.MediaType);
    }

    [PostgreSqlOnlyFact]
    public async Task ForwardedHeaders_FromTheKnownProxy_ShouldMakeTheCookieSecureAndSendHsts()
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = nodes.A.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "zwgk.xialu.gov.cn";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "no HSTS under TLS termination");

        // Without the header the same node answers plain http: no HSTS.
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        plain.Headers.Host = "zwgk.xialu.gov.cn";
        using var direct = await client.SendAsync(plain);
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }

    [PostgreSqlOnlyFact]
    public async Task KillingANode_DuringReadLoadThroughNginx_ShouldFailNoGet_AndTheNodeShouldRejoin()
    {
        string[] pages = ["/", "/documents", "/interpretations", "/feeds/documents.atom", "/api/v1/documents", "/sitemap.xml", "/search?q=政务公开"];
        using var http = new HttpClient { BaseAddress = nodes.Nginx.Address, Timeout = TimeSpan.FromSeconds(30) };
        var failures = new List<string>();
        var requests = 0;
        var clock = Stopwatch.StartNew();
        var load = Enumerable.Range(0, 4).Select(async worker =>
        {
            for (var i = worker; clock.Elapsed < TimeSpan.FromSeconds(20); i++)
            {
                var page = pages[i % pages.Length];
                try
                {
                    using var response = await http.GetAsync(new Uri(page, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        lock (failures) { failures.Add($"{page}: {(int)response.StatusCode}"); }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    lock (failures) { failures.Add($"{page}: {e.Message}"); }
                }

                Interlocked.Increment(ref requests);
            }
        }).ToList();

        await Task.Delay(TimeSpan.FromSeconds(5));
        await nodes.B.KillAsync();
        var restart = nodes.RestartBAsync(); // comes back while the load goes on, or after it
        await Task.WhenAll(load);
        output.WriteLine($"{requests} GETs through nginx in 20 s, node B killed at 5 s: {failures.Count} failed");
        Assert.Empty(failures);

        await restart;
        using var b = new HttpClient { BaseAddress = nodes.B.Address };
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(new Uri("/documents", UriKind.Relative))).StatusCode);
        // Rejoined: nginx sends it requests again (fail_timeout is 3 s), and a change still reaches it.
        await Task.Delay(TimeSpan.FromSeconds(4));
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/documents", UriKind.Relative))).StatusCode);
        }
    }

    private async Task<string> SlugAsync(int id)
    {
        await using var db = new PolicyLibraryDbContext(nodes.Options);
        return await db.Documents.Where(d => d.Id == id).Select(d => d.Slug).SingleAsync();
    }

    /// <summary>The document's page, the list, the feed, the sitemap, the API and search all show it (asked side by side, as readers would).</summary>
    private static async Task<bool> ShowsAsync(HttpClient node, string slug) =>
        (await Task.WhenAll(Answers.Select(a => ShowsAsync(node, a, slug)))).All(shows => shows);

    /// <summary>Not one of them shows it any more, and its page is 404.</summary>
    private static async Task<bool> GoneAsync(HttpClient node, string slug) =>
        !(await Task.WhenAll(Answers.Select(a => ShowsAsync(node, a, slug)))).Any(shows => shows);

    private static async Task<bool> ShowsAsync(HttpClient node, string answer, string slug)
    {
        if (answer == DocumentPage)
        {
            using var page = await node.GetAsync(new Uri($"/documents/{slug}", UriKind.Relative));
            Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"/documents/{slug}: {(int)page.StatusCode}");
            return page.StatusCode == HttpStatusCode.OK;
        }

        return (await node.GetStringAsync(new Uri(answer, UriKind.Relative))).Contains(slug, StringComparison.Ordinal);
    }

    private const string DocumentPage = "/documents/{slug}";

    private static readonly string[] Answers =
        [DocumentPage, "/documents", "/feeds/documents.atom", "/sitemap.xml", "/api/v1/documents", "/search?q=第1批政务公开工作"];
}
