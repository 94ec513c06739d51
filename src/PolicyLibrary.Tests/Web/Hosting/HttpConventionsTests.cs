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
}
