using PolicyLibrary.Search;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Search;

public class SearchQueriesTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Search_ShouldRankEveryMatchByRelevance_WhenFewMatch()
    {
        var result = await SearchAsync("廉租住房", maxCandidates: 1000);

        Assert.False(result.Capped);
        Assert.NotEmpty(result.Hits.Items);
        Assert.Contains("<mark>廉租住房</mark>", result.Hits.Items[0].TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ShouldPutTitleMatchesFirst_WhenMoreMatchThanCanBeRanked()
    {
        var all = await SearchAsync("公开", maxCandidates: 1000);
        var titled = all.Hits.Items.Count(h => h.TitleHtml.Contains("<mark>", StringComparison.Ordinal));
        Assert.InRange(titled, 1, all.Hits.TotalCount - 1);

        var capped = await SearchAsync("公开", maxCandidates: titled + 1);

        Assert.True(capped.Capped);
        Assert.InRange(capped.Hits.TotalCount, 1, titled + 1);
        var marks = capped.Hits.Items.Select(h => h.TitleHtml.Contains("<mark>", StringComparison.Ordinal)).ToList();
        // Once a hit without the word in its title appears, no title match follows it.
        Assert.DoesNotContain(true, marks.SkipWhile(m => m).ToList());
        Assert.True(marks[0]);
    }

    private async Task<SearchResult> SearchAsync(string query, int maxCandidates)
    {
        await using var db = seeded.Database.NewContext();
        var request = SearchRequest.FromQuery(query, null, null, null, null, null, null, null, null, null, null, pageSize: "50");
        return await new SearchQueries(db, TimeProvider.System, maxCandidates).SearchAsync(request);
    }
}
