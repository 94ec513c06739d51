using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Feeds;

/// <summary>Atom feeds of the latest public documents, interpretations and each category's documents.</summary>
public static class FeedEndpoints
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public const string StylesheetPath = "/feed.xsl";

    private const string Stylesheet = "<?xml-stylesheet type=\"text/xsl\" href=\"" + StylesheetPath + "\"?>";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").ExcludeFromDescription().CacheOutput("Library");
        feeds.MapGet("/documents.atom", async (HttpContext http, LibraryQueries library, OfficeIdentity office, CancellationToken ct) =>
        {
            var list = await library.DocumentsAsync(new DocumentFilter(), ct);
            return Atom(http, office, $"{office.SiteName} · 最新政策文件", Links.DocumentsFeed, list.Documents.Items.Select(d => DocumentItem(http, office, d)));
        });
        feeds.MapGet("/interpretations.atom", async (HttpContext http, LibraryQueries library, OfficeIdentity office, CancellationToken ct) =>
        {
            var list = await library.InterpretationsAsync(1, ct);
            return Atom(http, office, $"{office.SiteName} · 最新政策解读", Links.InterpretationsFeed, list.Items.Select(i => InterpretationItem(http, office, i)));
        });
        feeds.MapGet("/categories/{code}.atom", async (string code, HttpContext http, LibraryQueries library, OfficeIdentity office, CancellationToken ct) =>
        {
            var categories = await library.CategoryCountsAsync(ct);
            if (categories.FirstOrDefault(c => c.Code == code) is not { } category)
            {
                return Results.NotFound();
            }

            var list = await library.DocumentsAsync(new DocumentFilter { Category = code }, ct);
            return Atom(http, office, $"{office.SiteName} · {category.Name}", Links.CategoryFeed(code), list.Documents.Items.Select(d => DocumentItem(http, office, d)));
        });
        return app;
    }

    // Ids are StableIds, not the URL: the URL follows the host the feed was fetched by, an entry's id must not.
    private static SyndicationItem DocumentItem(HttpContext http, OfficeIdentity office, DocumentSummary d)
    {
        var url = Absolute(http, Links.Document(d.Slug));
        var item = new SyndicationItem(d.Title, $"{d.DocumentNumber}{(d.DocumentNumber is null ? "" : "　")}{d.IssuingOrgan}　{EnumLabels<DocumentKind>.Of(d.Kind)}　{EnumLabels<Validity>.Of(d.Validity)}", new Uri(url), StableIds.Urn(office, Links.Document(d.Slug)), d.PublishedAtUtc)
        {
            PublishDate = d.PublishedAtUtc,
        };
        item.Authors.Add(new SyndicationPerson { Name = d.IssuingOrgan });
        item.Categories.Add(new SyndicationCategory(d.CategoryName));
        return item;
    }

    private static SyndicationItem InterpretationItem(HttpContext http, OfficeIdentity office, InterpretationSummary i)
    {
        var url = Absolute(http, Links.Interpretation(i.Slug));
        var summary = $"【{EnumLabels<InterpretationForm>.Of(i.Form)}】{i.Summary}（原文件：《{i.DocumentTitle}》）";
        var item = new SyndicationItem(i.Title, summary, new Uri(url), StableIds.Urn(office, Links.Interpretation(i.Slug)), i.PublishedAtUtc) { PublishDate = i.PublishedAtUtc };
        item.Authors.Add(new SyndicationPerson { Name = i.UnitName });
        return item;
    }

    private static IResult Atom(HttpContext http, OfficeIdentity office, string title, string path, IEnumerable<SyndicationItem> items)
    {
        var list = items.ToList();
        var self = Absolute(http, path);
        var feed = new SyndicationFeed(title, $"{office.Government}政策文件及解读", new Uri(Absolute(http, Links.Home)), StableIds.Urn(office, path),
            list.Count > 0 ? list.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch, list)
        {
            Language = "zh-CN",
        };
        feed.Links.Add(new SyndicationLink(new Uri(self)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        // The stylesheet turns the feed into a page for a person who opens it in a browser; readers ignore it.
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Stylesheet + "\n" + text, ContentType, Encoding.UTF8);
    }

    internal static string Absolute(HttpContext http, string path) => $"{http.Request.Scheme}://{http.Request.Host}{path}";
}
