using AngleSharp.Html.Parser;
using PolicyLibrary.Content;
using PolicyLibrary.Media;

namespace PolicyLibrary.Tests.Content;

/// <summary>An image standing alone in a body is a figure: alt text only as alt, the caption as its figcaption.</summary>
public class MarkdownFigureTests
{
    private static readonly MediaFile Stored = new()
    {
        FileName = "0123456789abcdef.jpg",
        Sha256 = new string('a', 64),
        ContentType = "image/jpeg",
        Kind = MediaKind.Image,
        Width = 1200,
        Height = 600,
        AltText = "库中的替代文本",
        Caption = "图 下陆区政务公开流程",
        Variants =
        [
            new MediaVariant { Width = 320, Height = 160, Format = "jpg", Sha256 = new string('b', 64) },
            new MediaVariant { Width = 960, Height = 480, Format = "jpg", Sha256 = new string('c', 64) },
            new MediaVariant { Width = 960, Height = 480, Format = "webp", Sha256 = new string('d', 64) },
        ],
    };

    private static readonly Dictionary<string, MediaFile> Media = new() { [Stored.FileName] = Stored };

    [Fact]
    public void ToHtml_ShouldShowTheLibraryCaptionAsFigcaption_AndTheAltTextOnlyAsAlt()
    {
        var html = MarkdownRenderer.ToHtml($"正文第一段。\n\n![公开流程示意图](media/{Stored.FileName})\n\n正文第二段。", Media);
        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;

        var figure = Assert.Single(body.QuerySelectorAll("figure"));
        Assert.Equal("图 下陆区政务公开流程", figure.QuerySelector("figcaption")?.TextContent);
        Assert.Equal("公开流程示意图", figure.QuerySelector("picture > img")?.GetAttribute("alt"));
        Assert.Null(figure.QuerySelector("img[title]"));
        Assert.DoesNotContain("公开流程示意图", body.TextContent, StringComparison.Ordinal);
        Assert.Null(body.QuerySelector("p figure"));
        Assert.Equal(["正文第一段。", "正文第二段。"], body.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void ToHtml_ShouldPreferTheBodysOwnTitle_AndOmitAnEmptyFigcaption()
    {
        var own = MarkdownRenderer.ToHtml($"![流程图](media/{Stored.FileName} \"图1 本文的说明\")", Media);
        Assert.Contains("<figcaption>图1 本文的说明</figcaption>", own, StringComparison.Ordinal);
        Assert.DoesNotContain(Stored.Caption, own, StringComparison.Ordinal);

        var bare = MarkdownRenderer.ToHtml("![未入库的图](media/missing.png)");
        Assert.Contains("<figure><img src=\"/media/missing.png\" alt=\"未入库的图\"", bare, StringComparison.Ordinal);
        Assert.DoesNotContain("figcaption", bare, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldKeepAnImageInsideTextInline_WithoutATitle()
    {
        var html = MarkdownRenderer.ToHtml($"见右图 ![小图标](media/{Stored.FileName} \"提示\") 所示。", Media);

        Assert.DoesNotContain("<figure>", html, StringComparison.Ordinal);
        Assert.Contains("<p>见右图 <picture>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldCaptionAGraphicsFiguresFromTheLibrary_WhenTheBodyGivesNone()
    {
        var html = MarkdownRenderer.ToHtml($"![第一张](media/{Stored.FileName})\n\n![第二张](media/{Stored.FileName} \"图2 自带说明\")", Media, figureList: true);
        var figures = new HtmlParser().ParseDocument($"<body>{html}</body>").QuerySelectorAll("ol.figure-list > li > figure");

        Assert.Equal([Stored.Caption, "图2 自带说明"], figures.Select(f => f.QuerySelector("figcaption")!.TextContent));
    }
}
