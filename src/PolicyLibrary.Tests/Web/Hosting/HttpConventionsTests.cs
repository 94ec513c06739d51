using System.Net;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Hosting;

public class HttpConventionsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/documents", "text/html")]
    [InlineData("/documents/disclosure-notice-2016-66", "text/html")]
    [InlineData("/interpretations", "text/html")]
    [InlineData("/search?q=解读", "text/html")]
    [InlineData("/feeds/documents.atom", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/api/v1/documents", "application/json")]
    [InlineData("/api/v1/documents/disclosure-notice-2016-66", "application/json")]
    [InlineData("/health", "text/plain")]
    public async Task Head_ShouldAnswerAsGetDoes_WithoutTheBody(string url, string type)
    {
        using var client = site.NewClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(type, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_ShouldStill404_ForAMissingPage()
    {
        using var head = await site.NewClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/documents/no-such-document"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/manager")]
    [InlineData("/training/sessions")]
    [InlineData("/")]
    [InlineData("/documents")]
    public async Task SignedInPages_ShouldBePrivateNoStore(string url)
    {
        await site.EnsureUserAsync("no-store", "gov-office", Roles.Drafter);
        var client = await site.SignedInAsync("no-store", SignedInClients.StaffPassword);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task PublicPages_ShouldStayCacheable_ForAnonymousReaders()
    {
        using var response = await site.NewClient().GetAsync(new Uri("/documents", UriKind.Relative));
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task Favicon_ShouldBeAnIcon_LinkedFromEveryPage()
    {
        var client = site.NewClient();
        using var icon = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var page = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal("/favicon.ico", page.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PrintedAddressAndCanonical_ShouldKeepTheQueryThatChoosesThePage()
    {
        var client = site.NewClient();
        var search = await client.GetPageAsync("/search?q=%E8%A7%A3%E8%AF%BB&utm_source=wechat");
        var list = await client.GetPageAsync("/documents?utm_source=wechat&kind=Regulation");

        Assert.Equal("http://localhost/search?q=%E8%A7%A3%E8%AF%BB", search.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("/search?q=%E8%A7%A3%E8%AF%BB", search.Text(".print-address"), StringComparison.Ordinal);
        Assert.Equal("http://localhost/documents?kind=Regulation", list.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));

        await site.EnsureUserAsync("print-coordinator", "gov-office", Roles.TrainingCoordinator);
        var coordinator = await site.SignedInAsync("print-coordinator", SignedInClients.StaffPassword);
        var report = await coordinator.GetPageAsync("/manager/training/reports?year=2016");
        Assert.EndsWith("/manager/training/reports?year=2016", report.Text(".print-address"), StringComparison.Ordinal);
    }
}
