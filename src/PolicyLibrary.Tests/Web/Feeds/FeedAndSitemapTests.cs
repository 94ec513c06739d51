using System.Net;
using System.Xml.Linq;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Feeds;

public class FeedAndSitemapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.NewClient();

    [Fact]
    public async Task DocumentsFeed_ShouldBeValidAtomOfTheLatestPublicDocuments()
    {
        var (feed, type) = await GetXmlAsync("/feeds/documents.atom");
        var now = DateTime.UtcNow;
        var expected = (await site.AllDocumentsAsync()).Where(d => PublicVisibility.IsPublic(d, now))
            .OrderByDescending(d => d.PublishedAtUtc).ThenByDescending(d => d.Id).Take(20).Select(d => $"http://localhost/documents/{d.Slug}").ToList();

        Assert.Equal("application/atom+xml", type);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.NotNull(feed.Root.Element(Atom + "updated"));
        Assert.Equal("http://localhost/feeds/documents.atom", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(expected, entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value)));
    }

    [Fact]
    public async Task InterpretationAndCategoryFeeds_ShouldListOnlyTheirItems()
    {
        var (interpretations, _) = await GetXmlAsync("/feeds/interpretations.atom");
        Assert.Contains(interpretations.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value == "http://localhost/interpretations/disclosure-notice-2016-66-tujie");

        var (policy, _) = await GetXmlAsync("/feeds/categories/policy.atom");
        var now = DateTime.UtcNow;
        var expected = (await site.AllDocumentsAsync()).Count(d => PublicVisibility.IsPublic(d, now) && d.Category!.Code == "policy");
        Assert.Equal(expected, policy.Root!.Elements(Atom + "entry").Count());

        using var unknown = await _client.GetAsync(new Uri("/feeds/categories/no-such.atom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Pages_ShouldLinkTheirFeeds()
    {
        var list = await _client.GetPageAsync("/documents?category=policy");
        var feeds = list.QuerySelectorAll("link[rel='alternate'][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/feeds/documents.atom", feeds);
        Assert.Contains("/feeds/interpretations.atom", feeds);
        Assert.Contains("/feeds/categories/policy.atom", feeds);
    }

    [Fact]
    public async Task Sitemap_ShouldListEveryPublicPageWithLastmod_AndNothingElse()
    {
        var (sitemap, _) = await GetXmlAsync("/sitemap.xml");
        var urls = sitemap.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        var now = DateTime.UtcNow;
        var documents = await site.AllDocumentsAsync();

        foreach (var document in documents)
        {
            var url = $"http://localhost/documents/{document.Slug}";
            Assert.Equal(PublicVisibility.IsPublic(document, now), urls.ContainsKey(url));
            if (PublicVisibility.IsPublic(document, now))
            {
                Assert.True(DateTime.TryParse(urls[url], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out _));
            }
        }

        Assert.Contains("http://localhost/interpretations/disclosure-notice-2016-66-tujie", urls.Keys);
    }

    [Fact]
    public async Task Robots_ShouldPointToTheSitemapAndKeepStaffPagesOut()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /manager", robots, StringComparison.Ordinal);
    }

    private async Task<(XDocument Xml, string? MediaType)> GetXmlAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (XDocument.Parse(await response.Content.ReadAsStringAsync()), response.Content.Headers.ContentType?.MediaType);
    }
}
