using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Documents;

/// <summary>Drafts, 依申请公开 and 不予公开 documents — and their interpretations — are on no public page, list, count or link.</summary>
public class NonPublicContentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.NewClient();

    [Fact]
    public async Task Seed_ShouldHoldDraftAndNonPublicDocuments_SoTheseTestsMeanSomething()
    {
        var hidden = await HiddenAsync();
        Assert.True(hidden.Documents.Count >= 3);
    }

    [Fact]
    public async Task HiddenDocuments_ShouldAnswer404_WhenAddressedDirectly()
    {
        var hidden = await HiddenAsync();
        foreach (var slug in hidden.Documents.Select(d => d.Slug).Concat(hidden.InterpretationSlugs))
        {
            var kind = hidden.InterpretationSlugs.Contains(slug) ? "interpretations" : "documents";
            await _client.GetPageAsync($"/{kind}/{slug}", HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task HiddenDocuments_ShouldAppearOnNoPage_WhenTheWholeSiteIsCrawled()
    {
        var hidden = await HiddenAsync();
        var needles = hidden.Documents.SelectMany(d => new[] { d.Title, $"/documents/{d.Slug}\"", d.IndexNumber })
            .Concat(hidden.InterpretationSlugs.Select(s => $"/interpretations/{s}\""))
            .ToList();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", "/documents", "/interpretations", "/no-such-page",
            "/feeds/documents.atom", "/feeds/interpretations.atom", "/sitemap.xml",
            .. (await site.WithDbAsync(db => db.Categories.Select(c => c.Code).ToListAsync())).Select(c => $"/feeds/categories/{c}.atom")]);
        while (queue.Count > 0 && seen.Count < 400)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            foreach (var needle in needles)
            {
                Assert.False(html.Contains(needle, StringComparison.Ordinal), $"{url} shows {needle}");
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            foreach (var href in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith("/preferences", StringComparison.Ordinal) && !href.StartsWith("/media/", StringComparison.Ordinal) && !seen.Contains(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        Assert.True(seen.Count > 40, $"the crawl reached only {seen.Count} pages");
    }

    private async Task<(List<Document> Documents, HashSet<string> InterpretationSlugs)> HiddenAsync()
    {
        var now = DateTime.UtcNow;
        var documents = (await site.AllDocumentsAsync()).Where(d => !PublicVisibility.IsPublic(d, now)).ToList();
        var ids = documents.Select(d => d.Id).ToHashSet();
        var interpretations = await site.WithDbAsync(db => db.Interpretations.AsNoTracking()
            .Where(i => ids.Contains(i.DocumentId) || i.Status != PolicyLibrary.Review.WorkflowStatus.Published)
            .Select(i => i.Slug).ToListAsync());
        return (documents, [.. interpretations]);
    }
}
