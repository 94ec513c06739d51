using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Search;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Search;

public class SearchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.NewClient();

    [Theory]
    [InlineData("信", "disclosure-notice-2016-66")] // one character
    [InlineData("公开", "disclosure-notice-2016-66")] // two characters
    [InlineData("政府信息公开工作", "disclosure-notice-2016-66")] // a phrase of eight
    [InlineData("食品 网格", "food-safety-grid-management-plan")] // two words, both required
    [InlineData("PM2.5", "air-pollution-prevention-plan-2017")] // Latin and digits
    [InlineData("黄下政办〔2016〕66号", "disclosure-notice-2016-66")] // a document number
    public async Task Search_ShouldFindChineseOfAnyLength_PhrasesAndEnglish(string query, string expectedSlug)
    {
        var hits = await SearchAsync(query, pageSize: 100);
        Assert.Contains(hits, h => h.GetProperty("documentSlug").GetString() == expectedSlug);
    }

    [Fact]
    public async Task Search_ShouldRankTitleMatchesFirst_AndMarkTheMatches()
    {
        var hits = await SearchAsync("网格化管理");
        Assert.Equal("food-safety-grid-management-plan", hits[0].GetProperty("slug").GetString());
        Assert.Contains("<mark>网格化管理</mark>", hits[0].GetProperty("titleHtml").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The whole order, not only the first hit: by relevance every title match precedes every body-only match; by date, newest first.</summary>
    [Fact]
    public async Task Search_ShouldOrderEveryHit_TitleMatchesFirstByRelevance_AndNewestFirstByDate()
    {
        var byRelevance = await SearchAsync("公开", pageSize: 100);
        var titled = byRelevance.Select(h => h.GetProperty("titleHtml").GetString()!.Contains("<mark>", StringComparison.Ordinal)).ToList();
        Assert.Contains(true, titled);
        Assert.Contains(false, titled);
        Assert.DoesNotContain(true, titled.SkipWhile(t => t));

        var byDate = await SearchAsync("公开", pageSize: 100, extra: "&sort=date");
        var published = byDate.Select(h => DateTime.Parse(h.GetProperty("publishedAtUtc").GetString()!, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.RoundtripKind)).ToList();
        Assert.Equal(published.OrderByDescending(d => d), published);
        Assert.Equal(byRelevance.Select(h => h.GetProperty("slug").GetString()).Order(), byDate.Select(h => h.GetProperty("slug").GetString()).Order());
    }

    [Fact]
    public async Task Search_ShouldFindInterpretations_AndLinkTheirDocument()
    {
        var hits = await SearchAsync("一图读懂", pageSize: 100);
        var hit = Assert.Single(hits, h => h.GetProperty("slug").GetString() == "disclosure-notice-2016-66-tujie");
        Assert.Equal("interpretation", hit.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Search_ShouldApplyFilters()
    {
        var policy = await SearchAsync("公开", extra: "&category=policy");
        Assert.All(policy, h => Assert.Equal("政策及规范性文件", h.GetProperty("categoryName").GetString()));
        var numbered = await SearchAsync("公开", extra: "&numberYear=2016&number=66");
        Assert.All(numbered, h => Assert.Equal("黄下政办〔2016〕66号", h.GetProperty("documentNumber").GetString()));
        Assert.NotEmpty(numbered);
        var dated = await SearchAsync("公开", extra: "&from=2017-01-01&to=2017-12-31&sort=date");
        Assert.All(dated, h => Assert.StartsWith("2017", h.GetProperty("publishedAtUtc").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchPage_ShouldKeepUsedFiltersFolded_AndSayHowManyAreUsed()
    {
        var plain = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("公开"));
        var filtered = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("公开") + "&category=policy&sort=date");

        // Folded, so on a phone the results follow the search box instead of eight fields.
        Assert.False(filtered.QuerySelector("details.advanced")!.HasAttribute("open"));
        Assert.Equal("更多筛选条件（已选 2 项）", filtered.Text("details.advanced > summary"));
        Assert.Equal("更多筛选条件", plain.Text("details.advanced > summary"));
        Assert.Equal("policy", filtered.QuerySelector("#s-category option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task HomePage_ShouldOfferASearchBoxOfItsOwn()
    {
        var home = await _client.GetPageAsync("/");
        var form = home.QuerySelector("main form.home-search[role='search']")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[type='search'][name='q']#home-q"));
        Assert.NotNull(home.QuerySelector("label[for='home-q']"));
    }

    [Fact]
    public async Task Search_ShouldNeverShowHiddenDocuments()
    {
        foreach (var query in new[] { "低保对象家庭经济状况核查", "内部公文流转", "加装电梯" })
        {
            Assert.Empty(await SearchAsync(query, pageSize: 100));
            var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
            Assert.Equal("0", page.Text(".result-count strong"));
        }
    }

    [Fact]
    public async Task Search_ShouldDropAWithdrawnDocumentAtOnce()
    {
        // A site of its own: withdrawing changes what the other tests of this class search.
        using var own = new SiteFactory();
        var client = own.NewClient();
        Assert.NotEmpty(await SearchAsync("网格化管理", client: client));
        await own.WithDbAsync(async db =>
        {
            var document = await db.Documents.SingleAsync(d => d.Slug == "food-safety-grid-management-plan");
            document.Status = PolicyLibrary.Review.WorkflowStatus.Withdrawn;
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(await SearchAsync("网格化管理", pageSize: 100, client: client), h => h.GetProperty("documentSlug").GetString() == "food-safety-grid-management-plan");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(信息 公开)")]
    [InlineData("信息 OR 公开 AND NOT")]
    [InlineData("title:信息")]
    [InlineData("'; DROP TABLE Documents; --")]
    [InlineData("^信息 -公开 +")]
    public async Task Search_ShouldTreatQuerySyntaxAsText_NeverFail(string query)
    {
        using var response = await _client.GetAsync(new Uri("/api/v1/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.NotNull(page.QuerySelector(".result-count"));
    }

    [Fact]
    public async Task Search_ShouldRefuseOverlongQueriesInTheApi_AndTrimThemOnTheSite()
    {
        var tenKilobytes = new string('政', 10_000);
        using var api = await _client.GetAsync(new Uri("/api/v1/search?q=" + Uri.EscapeDataString(tenKilobytes), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        using var empty = await _client.GetAsync(new Uri("/api/v1/search?q=", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString(tenKilobytes) + "&sort=sideways&from=2016-02-30");
        var notice = page.Text(".notice[role='status']");
        Assert.Contains("不能超过 100 个字", notice, StringComparison.Ordinal);
        Assert.Contains("排序方式", notice, StringComparison.Ordinal);
        Assert.Contains("起始日期", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_ShouldIndexEveryDocumentAndInterpretation()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyLibrary.Data.PolicyLibraryDbContext>();
        var expected = await db.Documents.CountAsync() + await db.Interpretations.CountAsync();

        Assert.Equal(expected, await SearchIndex.RebuildAsync(db));
        Assert.False(await SearchIndex.NeedsRebuildAsync(db));
        Assert.NotEmpty(await SearchAsync("信息公开"));
    }

    private async Task<List<JsonElement>> SearchAsync(string query, int pageSize = 20, string extra = "", HttpClient? client = null)
    {
        using var response = await (client ?? _client).GetAsync(new Uri($"/api/v1/search?q={Uri.EscapeDataString(query)}&pageSize={pageSize}{extra}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }
}
