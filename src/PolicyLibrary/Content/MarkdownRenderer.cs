using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith(MediaPrefix, StringComparison.Ordinal))
            {
                link.Url = "/" + url;
            }
        }

        var html = document.ToHtml(Pipeline);
        return Sanitizer.Sanitize(html);
    }

    /// <summary>The names of stored files a body refers to (<c>media/…</c>), in order of appearance.</summary>
    public static IReadOnlyList<string> MediaReferences(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Select(l => l.Url)
            .OfType<string>()
            .Where(u => u.StartsWith(MediaPrefix, StringComparison.Ordinal))
            .Select(u => u[MediaPrefix.Length..])
            .Distinct()];

    /// <summary>Images in a body that have no alt text: an accessibility defect refused on import and save.</summary>
    public static IReadOnlyList<string> ImagesWithoutAltText(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Where(l => l.IsImage && string.IsNullOrWhiteSpace(AltTextOf(l)))
            .Select(l => l.Url ?? "")];

    private static string AltTextOf(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
