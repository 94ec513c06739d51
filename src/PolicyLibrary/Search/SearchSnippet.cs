using System.Net;
using System.Text;

namespace PolicyLibrary.Search;

/// <summary>Titles and snippets as safe HTML with the reader's words in &lt;mark&gt;, built for the rows of one page only.</summary>
public static class SearchSnippet
{
    /// <summary>The whole text, encoded, with every occurrence of the terms marked.</summary>
    public static string Highlight(string text, IReadOnlyList<string> terms) => Marked(text, 0, text.Length, terms);

    /// <summary>About <paramref name="length"/> characters around the first occurrence of a term (the start when none occurs).</summary>
    public static string Excerpt(string text, IReadOnlyList<string> terms, int length = 90)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(first - (length / 3), text.Length - length));
        var end = Math.Min(text.Length, start + length);
        return (start > 0 ? "…" : "") + Marked(text, start, end, terms) + (end < text.Length ? "…" : "");
    }

    private static string Marked(string text, int start, int end, IReadOnlyList<string> terms)
    {
        var html = new StringBuilder();
        var at = start;
        while (at < end)
        {
            // The earliest next occurrence wins; of two at the same place, the longer.
            var (index, term) = terms
                .Select(t => (Index: text.IndexOf(t, at, end - at, StringComparison.OrdinalIgnoreCase), Term: t))
                .Where(m => m.Index >= 0 && m.Index + m.Term.Length <= end)
                .OrderBy(m => m.Index).ThenByDescending(m => m.Term.Length)
                .FirstOrDefault((-1, ""));
            if (index < 0)
            {
                break;
            }

            html.Append(WebUtility.HtmlEncode(text[at..index])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(text.Substring(index, term.Length))).Append("</mark>");
            at = index + term.Length;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..end])).ToString();
    }
}
