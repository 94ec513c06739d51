using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyLibrary.Media;

namespace PolicyLibrary.Content;

/// <summary>
/// Paragraphs that hold only stored images become figures: each image a <c>&lt;figure&gt;</c> whose
/// <c>&lt;figcaption&gt;</c> is the Markdown title, else the caption kept in the media library. In a 图解
/// (<c>numbered</c>) each run of such paragraphs is one <c>&lt;ol class="figure-list"&gt;</c>, numbered on across the
/// body; elsewhere each figure stands where the author put it. Text between them stays as written.
/// </summary>
internal sealed class FigureListMarkup(bool numbered)
{
    private readonly string _token = $"figure-list-{Guid.NewGuid():N}-";
    private readonly List<List<LinkInline>> _runs = [];

    /// <summary>Replaces each run by a placeholder paragraph, to be swapped for the figures after rendering.</summary>
    public void Collect(MarkdownDocument document)
    {
        List<LinkInline>? run = null;
        foreach (var block in document.ToList())
        {
            if (block is ParagraphBlock paragraph && IsFigure(paragraph))
            {
                var images = paragraph.Inline!.OfType<LinkInline>().ToList();
                if (run is null || !numbered)
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
            var figures = new StringBuilder();
            if (numbered)
            {
                figures.Append(CultureInfo.InvariantCulture, $"<ol class=\"figure-list\" start=\"{number}\">");
            }

            foreach (var image in _runs[i])
            {
                var name = image.Url![MarkdownRenderer.MediaPrefix.Length..];
                var file = media?.GetValueOrDefault(name);
                var caption = string.IsNullOrWhiteSpace(image.Title) ? file?.Caption ?? "" : image.Title.Trim();
                var figure = MediaMarkup.Figure(file, image.Url, MarkdownRenderer.AltTextOf(image), caption);
                figures.Append(numbered ? $"<li>{figure}</li>" : figure);
                number++;
            }

            html = html.Replace($"<p>{_token}{i.ToString(CultureInfo.InvariantCulture)}</p>", figures.Append(numbered ? "</ol>" : "").ToString(), StringComparison.Ordinal);
        }

        return html;
    }

    private static bool IsFigure(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline && inline.Any(i => i is LinkInline)
        && inline.All(i => i is LinkInline { IsImage: true, Url: { } url } && url.StartsWith(MarkdownRenderer.MediaPrefix, StringComparison.Ordinal)
            || i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || i is LineBreakInline);
}
