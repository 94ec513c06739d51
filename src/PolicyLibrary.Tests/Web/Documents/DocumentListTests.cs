using System.Globalization;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Documents;

public class DocumentListTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.NewClient();

    public static TheoryData<string> Filters => ["category", "organ", "year", "kind", "validity"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_ShouldShowExactlyTheMatchingPublicDocuments_ForEveryValueOfAFilter(string filter)
    {
        var now = DateTime.UtcNow;
        var visible = (await site.AllDocumentsAsync()).Where(d => PublicVisibility.IsPublic(d, now)).ToList();
        Func<Document, string> valueOf = filter switch
        {
            "category" => d => d.Category!.Code,
            "organ" => d => d.IssuingOrgan,
            "year" => d => ChinaTime.DateOf(d.PublishedAtUtc!.Value).Year.ToString(CultureInfo.InvariantCulture),
            "kind" => d => d.Kind.ToString(),
            _ => d => d.Validity.ToString(),
        };

        foreach (var group in visible.GroupBy(valueOf))
        {
            var page = await _client.GetPageAsync($"/documents?{filter}={Uri.EscapeDataString(group.Key)}");

            Assert.Equal(group.Count().ToString(CultureInfo.InvariantCulture), page.Text(".result-count strong"));
            var shown = page.QuerySelectorAll(".doc-list a.doc-title").Select(a => a.GetAttribute("href") ?? "").Order().ToList();
            Assert.Equal(group.Select(d => $"/documents/{d.Slug}").Order().ToList(), shown);
            Assert.NotNull(page.QuerySelector($"select[name='{filter}'] option[selected]"));
        }
    }

    [Fact]
    public async Task List_ShouldCombineFilters()
    {
        var now = DateTime.UtcNow;
        var expected = (await site.AllDocumentsAsync()).Count(d => PublicVisibility.IsPublic(d, now)
            && d.Category!.Code == "policy" && ChinaTime.DateOf(d.PublishedAtUtc!.Value).Year == 2016);

        var page = await _client.GetPageAsync("/documents?category=policy&year=2016");

        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.Text(".result-count strong"));
    }

    [Theory]
    [InlineData("/documents?year=abc", "年份")]
    [InlineData("/documents?year=99999", "年份")]
    [InlineData("/documents?kind=%3Cscript%3E", "文件类型")]
    [InlineData("/documents?validity=7", "有效性")]
    [InlineData("/documents?category=no-such-thing", "分类")]
    [InlineData("/documents?page=-1", "页码")]
    [InlineData("/documents?page=99999999999999999999", "页码")]
    [InlineData("/documents?page=500", "最后一页")]
    [InlineData("/documents?organ=%01%02", "发文机关")]
    public async Task List_ShouldExplainAndIgnore_WhenAFilterOrPageIsMalformed(string url, string mentioned)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Contains(mentioned, page.Text(".notice[role='status']"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".doc-list a.doc-title"));
        Assert.DoesNotContain("<script>", page.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShouldReturnEmptyResult_WhenNothingMatches()
    {
        var page = await _client.GetPageAsync("/documents?organ=" + Uri.EscapeDataString("不存在的机关"));
        Assert.Equal("0", page.Text(".result-count strong"));
        Assert.Contains("没有符合条件", page.Text(".empty"), StringComparison.Ordinal);
    }
}
