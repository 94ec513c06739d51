using System.Net;
using System.Xml.Linq;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Feeds;

public class FeedAndSitemapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly string[] XmlMediaTypes = ["text/xml", "application/xml", "application/xslt+xml", "text/xsl"];
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
        Assert.Equal(expected, entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value)));
    }

    [Fact]
    public async Task InterpretationAndCategoryFeeds_ShouldListOnlyTheirItems()
    {
        var (interpretations, _) = await GetXmlAsync("/feeds/interpretations.atom");
        Assert.Contains(interpretations.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "link")!.Attribute("href")!.Value == "http://localhost/interpretations/disclosure-notice-2016-66-tujie");

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
    public async Task ListPages_ShouldShowA订阅LinkToTheirFeed()
    {
        var documents = await _client.GetPageAsync("/documents");
        var category = await _client.GetPageAsync("/documents?category=policy");
        var interpretations = await _client.GetPageAsync("/interpretations");

        Assert.Equal("/feeds/documents.atom", documents.QuerySelector("main .list-head a.feed-link")?.GetAttribute("href"));
        Assert.Equal("/feeds/categories/policy.atom", category.QuerySelector("main .list-head a.feed-link")?.GetAttribute("href"));
        Assert.Equal("/feeds/interpretations.atom", interpretations.QuerySelector("main .list-head a.feed-link")?.GetAttribute("href"));
        Assert.Contains("订阅", interpretations.Text("main a.feed-link"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedGuide_ShouldTellPeopleHowToSubscribe_AndListEveryFeedsAddress_LinkedFromTheLists()
    {
        var guide = await _client.GetPageAsync("/feeds");

        Assert.Equal("订阅说明", guide.Text("main h1"));
        var addresses = guide.QuerySelectorAll("main dl.feed-guide dd code").Select(c => c.TextContent).ToList();
        Assert.Contains("http://localhost/feeds/documents.atom", addresses);
        Assert.Contains("http://localhost/feeds/interpretations.atom", addresses);
        Assert.Contains("http://localhost/feeds/categories/policy.atom", addresses);
        Assert.Equal("/feeds/categories/policy.atom", guide.QuerySelector("#category-policy a")?.GetAttribute("href"));
        foreach (var feed in guide.QuerySelectorAll("main dl.feed-guide dt a").Select(a => a.GetAttribute("href")!))
        {
            using var answer = await _client.GetAsync(new Uri(feed, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var documents = await _client.GetPageAsync("/documents");
        var category = await _client.GetPageAsync("/documents?category=policy");
        var interpretations = await _client.GetPageAsync("/interpretations");
        Assert.Equal("/feeds#documents", documents.QuerySelector("main .feed-links a:not(.feed-link)")?.GetAttribute("href"));
        Assert.Equal("/feeds#category-policy", category.QuerySelector("main .feed-links a:not(.feed-link)")?.GetAttribute("href"));
        Assert.Equal("/feeds#interpretations", interpretations.QuerySelector("main .feed-links a:not(.feed-link)")?.GetAttribute("href"));
        Assert.NotNull(documents.QuerySelector("footer a[href='/feeds']"));
    }

    [Theory]
    [InlineData("/feeds/documents.atom")]
    [InlineData("/feeds/interpretations.atom")]
    [InlineData("/feeds/categories/policy.atom")]
    public async Task Feeds_ShouldReferTheirStylesheetForBrowsers_ServedAsXmlAndCachedAsStaticAssets(string url)
    {
        var (feed, _) = await GetXmlAsync(url);
        var instruction = feed.Nodes().OfType<XProcessingInstruction>().Single(p => p.Target == "xml-stylesheet");
        Assert.Equal("type=\"text/xsl\" href=\"/feed.xsl\"", instruction.Data);
        Assert.Equal(Atom + "feed", feed.Root!.Name);

        using var xsl = await _client.GetAsync(new Uri("/feed.xsl", UriKind.Relative));
        using var icon = await _client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xsl.StatusCode);
        Assert.Contains(xsl.Content.Headers.ContentType!.MediaType, XmlMediaTypes);
        Assert.NotNull(xsl.Headers.ETag);
        Assert.Equal(icon.Headers.CacheControl?.ToString(), xsl.Headers.CacheControl?.ToString());
        var stylesheet = XDocument.Parse(await xsl.Content.ReadAsStringAsync());
        Assert.Equal(XNamespace.Get("http://www.w3.org/1999/XSL/Transform") + "stylesheet", stylesheet.Root!.Name);
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
                // Unedited since the import: its last change is its publication, not the moment it was imported.
                Assert.Equal(document.PublishedAtUtc!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), urls[url]);
            }
        }

        Assert.Contains("http://localhost/interpretations/disclosure-notice-2016-66-tujie", urls.Keys);
        var latest = urls.Where(u => u.Key.Contains("/documents/", StringComparison.Ordinal)).Max(u => u.Value);
        Assert.Equal(latest, urls["http://localhost/documents"]);
        Assert.NotNull(urls["http://localhost/"]);
        Assert.NotNull(urls["http://localhost/interpretations"]);
    }

    [Theory]
    [InlineData("/feeds/documents.atom")]
    [InlineData("/feeds/interpretations.atom")]
    [InlineData("/feeds/categories/policy.atom")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/openapi/v1.json")]
    public async Task Reads_ShouldSendAnETag_AndAnswer304WhenUnchanged(string url)
    {
        using var first = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"{url} sent no ETag");
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);

        using var unchanged = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FeedIds_ShouldNotChangeWithTheRequestsHost()
    {
        async Task<List<string>> IdsAsync(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/documents.atom");
            request.Headers.Host = host;
            using var response = await _client.SendAsync(request);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
            return [.. feed.Root!.Descendants(Atom + "id").Select(e => e.Value)];
        }

        var one = await IdsAsync("zcjd.example.cn");
        var other = await IdsAsync("192.0.2.7:8080");

        Assert.NotEmpty(one);
        Assert.Equal(one, other);
        Assert.All(one, id => Assert.StartsWith("urn:uuid:", id, StringComparison.Ordinal));
        Assert.Equal(one.Count, one.Distinct().Count());
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
