using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyLibrary.Media;

namespace PolicyLibrary.Content;

/// <summary>
/// Markdown → safe HTML, the one way every body on the site is rendered: pipe tables, headings with
/// stable ids (Chinese kept, GitHub style), raw HTML escaped, and the result sanitised as a second wall.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>Content refers to stored files as <c>media/name.png</c>; the site serves them at <c>/media/name.png</c>.</summary>
    public const string MediaPrefix = "media/";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>
    /// Renders a body. Stored images found in <paramref name="media"/> become <c>&lt;picture&gt;</c> with their variants;
    /// a paragraph of images only becomes figures with their captions, with <paramref name="figureList"/> (a 图解) a
    /// numbered figure list. Previews and saves pass the same media (<see cref="BodyRendering"/>), so they agree.
    /// </summary>
    public static string ToHtml(string markdown, IReadOnlyDictionary<string, MediaFile>? media = null, bool figureList = false)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        var figures = new FigureListMarkup(numbered: figureList);
        figures.Collect(document);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is not { } url || !url.StartsWith(MediaPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (link.IsImage && media?.GetValueOrDefault(url[MediaPrefix.Length..]) is { Kind: MediaKind.Image } image)
            {
                link.ReplaceBy(new HtmlInline(PictureMarkup.For(image, AltTextOf(link))));
            }
            else
            {
                link.Url = "/" + url;
            }
        }

        var html = document.ToHtml(Pipeline);
        return Sanitizer.Sanitize(figures.Expand(html, media));
    }

    /// <summary>The names of stored files a body refers to (<c>media/…</c>), in order of appearance.</summary>
    public static IReadOnlyList<string> MediaReferences(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Select(l => l.Url)
            .OfType<string>()
            .Where(u => u.StartsWith(MediaPrefix, StringComparison.Ordinal))
            .Select(u => u[MediaPrefix.Length..])
            .Distinct()];

    /// <summary>The stored images of a body in order of appearance, with their alt text and title (the caption).</summary>
    public static IReadOnlyList<MarkdownImage> MediaImages(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Where(l => l.IsImage && l.Url is { } url && url.StartsWith(MediaPrefix, StringComparison.Ordinal))
            .Select(l => new MarkdownImage(l.Url![MediaPrefix.Length..], AltTextOf(l).Trim(), (l.Title ?? "").Trim()))];

    /// <summary>Images in a body that have no alt text: an accessibility defect refused on import and save.</summary>
    public static IReadOnlyList<string> ImagesWithoutAltText(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Where(l => l.IsImage && string.IsNullOrWhiteSpace(AltTextOf(l)))
            .Select(l => l.Url ?? "")];

    internal static string AltTextOf(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.UnionWith(["picture", "source", "figure", "figcaption", "video", "audio", "track"]);
        sanitizer.AllowedAttributes.UnionWith(["id", "class", "start", "srcset", "sizes", "loading", "decoding", "type", "width", "height",
            "controls", "preload", "kind", "srclang", "label", "default", "aria-label"]);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
