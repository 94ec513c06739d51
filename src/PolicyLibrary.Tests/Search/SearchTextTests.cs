using PolicyLibrary.Data.Sqlite;
using PolicyLibrary.Search;

namespace PolicyLibrary.Tests.Search;

public class SearchTextTests
{
    [Fact]
    public void IndexTokens_ShouldCutHanRunsIntoPairs_AndKeepTheLastCharacter()
    {
        Assert.Equal("住房 房补 补贴 贴 pm2 5 年 ", SearchText.IndexTokens("住房补贴，PM2.5；年"));
    }

    [Theory]
    [InlineData("房", "\"房\" *")]
    [InlineData("住房", "\"住房\"")]
    [InlineData("政府信息公开", "\"政府 府信 信息 息公 公开\"")]
    [InlineData("信息 PM2.5", "\"信息\" \"pm2 5\"")]
    [InlineData("公开2016", "\"公开 开 2016\"")]
    [InlineData("2016年", "\"2016 年\" *")]
    public void ToMatch_ShouldMatchTheWayTheIndexCutsText(string query, string expected)
    {
        Assert.Equal(expected, Fts5Match.Of(query));
    }

    [Theory]
    [InlineData("\"* ( )")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002")]
    public void ToMatch_ShouldBeNull_WhenNothingIsSearchable(string query)
    {
        Assert.Null(Fts5Match.Of(query));
    }

    [Fact]
    public void ToMatch_ShouldKeepOnlyLettersDigitsAndHan_SoFtsSyntaxIsText()
    {
        Assert.Equal("\"near 信息\" \"or\"", Fts5Match.Of("NEAR(\"信息\" OR*"));
    }

    [Fact]
    public void Highlight_ShouldEncodeTheText_AndMarkEveryTerm()
    {
        var html = SearchSnippet.Highlight("<b>住房</b>补贴与住房保障", SearchText.MarkTerms("住房"));

        Assert.Equal("&lt;b&gt;<mark>住房</mark>&lt;/b&gt;补贴与<mark>住房</mark>保障", html);
    }

    [Fact]
    public void Excerpt_ShouldShowTheTextAroundTheFirstMatch()
    {
        var text = new string('甲', 200) + "公共租赁住房" + new string('乙', 200);

        var excerpt = SearchSnippet.Excerpt(text, SearchText.MarkTerms("租赁住房"), length: 40);

        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Contains("公共<mark>租赁住房</mark>", excerpt, StringComparison.Ordinal);
    }
}
