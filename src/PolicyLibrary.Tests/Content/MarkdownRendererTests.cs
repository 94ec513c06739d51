using AngleSharp.Html.Parser;
using PolicyLibrary.Content;

namespace PolicyLibrary.Tests.Content;

public class MarkdownRendererTests
{
    [Fact]
    public void ToHtml_ShouldGiveChineseHeadingsStableIds()
    {
        var html = MarkdownRenderer.ToHtml("## 一、工作目标\n\n正文");
        Assert.Contains("<h2 id=\"一工作目标\">一、工作目标</h2>", html, StringComparison.Ordinal);
        Assert.Equal(html, MarkdownRenderer.ToHtml("## 一、工作目标\n\n正文"));
    }

    [Fact]
    public void ToHtml_ShouldRenderPipeTables()
    {
        var html = MarkdownRenderer.ToHtml("| 项目 | 数量 |\n|---|---|\n| 培训 | 2 |");
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>培训</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[点击](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    public void ToHtml_ShouldNeverEmitScript_WhenBodyIsHostile(string markdown)
    {
        var html = new HtmlParser().ParseDocument(MarkdownRenderer.ToHtml(markdown));

        Assert.Empty(html.QuerySelectorAll("script, iframe, img, object, embed"));
        Assert.DoesNotContain(html.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(html.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ToHtml_ShouldServeContentMediaFromSiteRoot()
    {
        var html = MarkdownRenderer.ToHtml("![流程图](media/flow.png \"图1 流程\")");
        Assert.Contains("src=\"/media/flow.png\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"流程图\"", html, StringComparison.Ordinal);
        Assert.Equal(["flow.png"], MarkdownRenderer.MediaReferences("![流程图](media/flow.png)"));
    }

    [Fact]
    public void ImagesWithoutAltText_ShouldFindOnlyImagesMissingAlt()
    {
        Assert.Equal(["media/b.png"], MarkdownRenderer.ImagesWithoutAltText("![有说明](media/a.png)\n\n![](media/b.png)"));
    }
}
