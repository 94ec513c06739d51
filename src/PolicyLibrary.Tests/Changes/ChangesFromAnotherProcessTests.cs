using PolicyLibrary.Tests.Support;
using Xunit.Abstractions;

namespace PolicyLibrary.Tests.Changes;

/// <summary>A change committed by another process (here the <c>import</c> command) reaches a running site's cached pages.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class ChangesFromAnotherProcessTests(ITestOutputHelper output)
{
    private const string Title = "下陆区人民政府办公室关于开展政务公开进基层活动的通知";

    // In every answer: the page's links, the feed's entry, the API's item, the sitemap's URL.
    private const string Slug = "grassroots-disclosure-notice-2026";

    [Fact]
    public async Task Import_ShouldShowOnTheSitesCachedPages_WithinOneSecondOfItsCommit()
    {
        using var data = new TempFolder();
        using var database = new TemporaryDatabase(data, "policylibrary.db");
        var settings = SiteSettings.For(database);
        await using var site = await SiteProcess.StartAsync(data.Path, settings);
        using var http = new HttpClient { BaseAddress = site.Address };

        // Cached before the import: the list, the feed and the API answer.
        string[] pages = ["/documents", "/feeds/documents.atom", "/api/v1/documents", "/sitemap.xml"];
        foreach (var page in pages)
        {
            Assert.DoesNotContain(Slug, await http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        }

        using var content = new TempFolder();
        await ImportedDocument.WriteAsync(content, Slug, Title, 901);

        var options = TestProvider.Options(database.ConnectionString);
        var before = await ChangeWindow.GenerationAsync(options);
        var import = SiteProcess.RunAsync(data.Path, settings, "import", content.Path);
        var window = await ChangeWindow.MeasureAsync(options, before, async () =>
        {
            foreach (var page in pages)
            {
                if (!(await http.GetStringAsync(new Uri(page, UriKind.Relative))).Contains(Slug, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        });
        await import;
        output.WriteLine($"{TestProvider.Name}: shown {window.TotalMilliseconds:F0} ms after the commit");

        Assert.True(window < TimeSpan.FromSeconds(1), $"shown {window.TotalMilliseconds:F0} ms after the commit");
    }
}
