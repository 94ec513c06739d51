using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Hosting;

public class CachingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.NewClient();

    [Fact]
    public async Task PublicPages_ShouldComeFromTheCache_UntilTheLibraryChanges()
    {
        const string page = "/documents/thirteenth-five-year-plan-outline";
        using (await _client.GetAsync(new Uri(page, UriKind.Relative)))
        {
        }

        using (var cached = await _client.GetAsync(new Uri(page, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.NotNull(cached.Headers.Age);
        }

        Assert.Contains("thirteenth-five-year-plan-outline", await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        await WithdrawAsync("thirteenth-five-year-plan-outline");

        using var after = await _client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.DoesNotContain("thirteenth-five-year-plan-outline", await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("thirteenth-five-year-plan-outline", await _client.GetStringAsync(new Uri("/api/v1/documents?pageSize=100", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("thirteenth-five-year-plan-outline", await _client.GetStringAsync(new Uri("/feeds/documents.atom", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedPages_ShouldKeepEachReadersPreferences()
    {
        using var plain = site.CreateClient(new() { HandleCookies = false });
        await plain.GetStringAsync(new Uri("/interpretations", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/interpretations");
        request.Headers.Add("Cookie", "pl-font=large");
        using var large = await plain.SendAsync(request);

        Assert.Contains("class=\"fs-large\"", await large.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_ShouldBeCompressed_WhenTheClientAcceptsIt()
    {
        using var plain = site.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/documents");
        request.Headers.Add("Accept-Encoding", "br, gzip");
        using var response = await plain.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
    }

    [Fact]
    public async Task CachedPages_ShouldKeepEachEncodingApart()
    {
        // The cache stores compressed bytes (compression runs inside it): a reader without Accept-Encoding must never
        // get the Brotli bytes another reader's request left in the cache, nor the other way round.
        using var plain = site.CreateClient(new() { HandleCookies = false });
        const string page = "/"; // not a document: another test here withdraws one
        for (var round = 0; round < 2; round++)
        {
            using var brotli = new HttpRequestMessage(HttpMethod.Get, page);
            brotli.Headers.Add("Accept-Encoding", "br");
            using var compressed = await plain.SendAsync(brotli);
            Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);

            using var identity = await plain.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Empty(identity.Content.Headers.ContentEncoding);
            Assert.Contains("</html>", await identity.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            if (round == 1)
            {
                Assert.NotNull(compressed.Headers.Age);
                Assert.NotNull(identity.Headers.Age);
            }
        }
    }

    [Fact]
    public async Task RequestsWithTheSignInCookie_ShouldNeverBeAnsweredFromTheCache()
    {
        // The cache answers before authentication: the cookie's presence alone keeps a request out, even a stale one.
        using var plain = site.CreateClient(new() { HandleCookies = false });
        const string page = "/interpretations";
        await plain.GetStringAsync(new Uri(page, UriKind.Relative));
        using var cached = await plain.GetAsync(new Uri(page, UriKind.Relative));
        Assert.NotNull(cached.Headers.Age);

        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("Cookie", IdentitySetupCookie + "=stale");
        using var withCookie = await plain.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Null(withCookie.Headers.Age);
    }

    [Fact]
    public async Task SignedInStaff_ShouldNotGetTheCachedPublicPage()
    {
        using var plain = site.CreateClient(new() { HandleCookies = false });
        await plain.GetStringAsync(new Uri("/documents", UriKind.Relative));
        await plain.GetStringAsync(new Uri("/documents", UriKind.Relative));
        await site.EnsureUserAsync("cache-reader", "gov-office", Roles.Drafter);
        var staff = await site.SignedInAsync("cache-reader", SignedInClients.StaffPassword);

        using var response = await staff.GetAsync(new Uri("/documents", UriKind.Relative));

        Assert.Null(response.Headers.Age);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control {response.Headers.CacheControl}");
    }

    private const string IdentitySetupCookie = PolicyLibrary.Web.Hosting.IdentitySetup.CookieName;

    private async Task WithdrawAsync(string slug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyLibrary.Data.PolicyLibraryDbContext>();
        var document = await db.Documents.SingleAsync(d => d.Slug == slug);
        var unit = await db.OrgUnits.FirstAsync();
        var reviewer = new Actor("reviewer", "审核人", unit.Id, new HashSet<string> { Roles.Reviewer });
        var outcome = await scope.ServiceProvider.GetRequiredService<ReviewWorkflow>().WithdrawAsync(reviewer, document.Id, "测试撤回");
        Assert.True(outcome.Succeeded, outcome.Message);
    }
}
