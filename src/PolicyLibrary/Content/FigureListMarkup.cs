using System.Globalization;
using System.Net;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyLibrary.Media;

namespace PolicyLibrary.Content;

/// <summary>
/// A 图解's images as an accessible figure list: each run of paragraphs that hold only stored images becomes
/// <c>&lt;ol class="figure-list"&gt;</c> of <c>&lt;figure&gt;</c> with the Markdown title as <c>&lt;figcaption&gt;</c>,
/// numbered on across the body; the text between the runs stays where the author put it.
/// </summary>
internal sealed class FigureListMarkup
{
    private readonly string _token = $"figure-list-{Guid.NewGuid():N}-";
    private readonly List<List<LinkInline>> _runs = [];

    /// <summary>Replaces each run by a placeholder paragraph, to be swapped for the list after rendering.</summary>
    public void Collect(MarkdownDocument document)
    {
        List<LinkInline>? run = null;
        foreach (var block in document.ToList())
        {
            if (block is ParagraphBlock paragraph && IsFigure(paragraph))
            {
                var images = paragraph.Inline!.OfType<LinkInline>().ToList();
                if (run is null)
                {
                    run = [.. images];
                    _runs.Add(run);
                    paragraph.Inline!.Clear();
                    paragraph.Inline.AppendChild(new LiteralInline(_token + (_runs.Count - 1).ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    run.AddRange(images);
                    document.Remove(paragraph);
                }
            }
            else
            {
                run = null;
            }
        }
    }

    public string Expand(string html, IReadOnlyDictionary<string, MediaFile>? media)
    {
        var number = 1;
        for (var i = 0; i < _runs.Count; i++)
        {
            var list = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<ol class=\"figure-list\" start=\"{number}\">");
            foreach (var image in _runs[i])
            {
                var name = image.Url![MarkdownRenderer.MediaPrefix.Length..];
                var alt = MarkdownRenderer.AltTextOf(image);
                var picture = media?.GetValueOrDefault(name) is { Kind: MediaKind.Image } file
                    ? PictureMarkup.For(file, alt, null)
                    : $"<img src=\"/{WebUtility.HtmlEncode(image.Url)}\" alt=\"{WebUtility.HtmlEncode(alt)}\" loading=\"lazy\">";
                var caption = string.IsNullOrWhiteSpace(image.Title) ? "" : $"<figcaption>{WebUtility.HtmlEncode(image.Title)}</figcaption>";
                list.Append(CultureInfo.InvariantCulture, $"<li><figure>{picture}{caption}</figure></li>");
                number++;
            }

            html = html.Replace($"<p>{_token}{i.ToString(CultureInfo.InvariantCulture)}</p>", list.Append("</ol>").ToString(), StringComparison.Ordinal);
        }

        return html;
    }

    private static bool IsFigure(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline && inline.Any(i => i is LinkInline)
        && inline.All(i => i is LinkInline { IsImage: true, Url: { } url } && url.StartsWith(MarkdownRenderer.MediaPrefix, StringComparison.Ordinal)
            || i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || i is LineBreakInline);
}
