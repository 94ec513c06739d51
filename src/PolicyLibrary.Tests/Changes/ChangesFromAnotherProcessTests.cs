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
        var settings = new Dictionary<string, string>
        {
            ["PolicyLibrary:Database"] = TestProvider.Name,
            ["ConnectionStrings:PolicyLibrary"] = database.ConnectionString,
            ["PolicyLibrary:Admin:Password"] = SiteFactory.AdminPassword,
        };
        await using var site = await SiteProcess.StartAsync(data.Path, settings);
        using var http = new HttpClient { BaseAddress = site.Address };

        // Cached before the import: the list, the feed and the API answer.
        string[] pages = ["/documents", "/feeds/documents.atom", "/api/v1/documents", "/sitemap.xml"];
        foreach (var page in pages)
        {
            Assert.DoesNotContain(Slug, await http.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        }

        using var content = new TempFolder();
        ContentCopy.Of(RepositoryPaths.Content, content.Path);
        await File.WriteAllTextAsync(Path.Combine(content.Path, "documents", $"{Slug}.md"), $"""
            ---
            title: {Title}
            indexNumber: 011043070/2026-00901
            documentNumber: 黄下政办〔2026〕91号
            issuingOrgan: 下陆区人民政府办公室
            draftingUnit: gov-office
            drafter: 王起草
            category: policy
            kind: 其他文件
            writtenOn: 2026-11-30
            publishedAt: {DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-ddTHH:mm:sszzz}
            validity: 有效
            disclosure: 主动公开
            status: 已发布
            ---
            各街道办事处，区政府各部门：请做好政务公开进基层活动。
            """);

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
