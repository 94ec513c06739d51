using System.Globalization;
using System.Text;
using System.Xml;
using PolicyLibrary.Library;
using PolicyLibrary.Web.Features.Feeds;

namespace PolicyLibrary.Web.Features.Sitemap;

/// <summary><c>/sitemap.xml</c> of the public pages only, and <c>/robots.txt</c> pointing to it.</summary>
public static class SitemapEndpoints
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext http, LibraryQueries library, CancellationToken ct) =>
        {
            var entries = await library.SitemapAsync(ct);
            var text = new StringBuilder();
            using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
            {
                xml.WriteStartElement("urlset", Namespace);
                // A list page changes when an item on it does.
                DateTime? Latest(SitemapEntryKind? kind) =>
                    entries.Where(e => kind is null || e.Kind == kind).Select(e => (DateTime?)e.LastModifiedUtc).Max();
                Url(xml, FeedEndpoints.Absolute(http, Links.Home), Latest(null));
                Url(xml, FeedEndpoints.Absolute(http, Links.DocumentList), Latest(SitemapEntryKind.Document));
                Url(xml, FeedEndpoints.Absolute(http, Links.InterpretationList), Latest(SitemapEntryKind.Interpretation));

                foreach (var entry in entries)
                {
                    var path = entry.Kind == SitemapEntryKind.Document ? Links.Document(entry.Slug) : Links.Interpretation(entry.Slug);
                    Url(xml, FeedEndpoints.Absolute(http, path), entry.LastModifiedUtc);
                }

                xml.WriteEndElement();
            }

            return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text, "application/xml; charset=utf-8", Encoding.UTF8);
        }).ExcludeFromDescription().CacheOutput("Library");

        app.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"User-agent: *\nDisallow: /manager\nDisallow: /account\nDisallow: /preferences\nAllow: /\n\nSitemap: {FeedEndpoints.Absolute(http, "/sitemap.xml")}\n",
            "text/plain; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static void Url(XmlWriter xml, string location, DateTime? lastModifiedUtc)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (lastModifiedUtc is { } modified)
        {
            xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
