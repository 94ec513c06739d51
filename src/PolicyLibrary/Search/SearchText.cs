using System.Globalization;
using System.Text;

namespace PolicyLibrary.Search;

/// <summary>
/// Chinese has no spaces between words, so the index cuts every run of Han characters into overlapping pairs
/// (bigrams) and ends the run with its last character: 住房补贴 → 住房 房补 补贴 贴. A query of two or more characters
/// becomes a phrase of pairs, whose lists of documents are short, so it matches fast; a single character is a
/// prefix query, answered by the one-character prefix index. Latin words and numbers stay whole lower-case words.
/// </summary>
public static class SearchText
{
    /// <summary>The space-separated tokens the index stores for a text.</summary>
    public static string IndexTokens(string text)
    {
        var builder = new StringBuilder(text.Length * 3);
        foreach (var segment in Segments(text))
        {
            AppendTokens(builder, segment, trailing: true);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The FTS5 query for what a reader typed: each word a quoted phrase, all of them required; null when nothing is
    /// searchable. Only letters, digits and Han characters reach the query, so FTS5 syntax in the input is just text.
    /// </summary>
    public static string? ToMatch(string query, int maxTerms = 8)
    {
        var phrases = new List<string>();
        foreach (var term in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var segments = Segments(term).ToList();
            if (segments.Count == 0)
            {
                continue;
            }

            var builder = new StringBuilder();
            for (var i = 0; i < segments.Count - 1; i++)
            {
                // Inside the term a run is followed by more text, so in the index its last character stands alone next.
                AppendTokens(builder, segments[i], trailing: true);
            }

            var last = segments[^1];
            var single = IsHan(last) && last.EnumerateRunes().Count() == 1;
            // The text may go on after the last run: its final character begins a pair, or stands alone.
            AppendTokens(builder, last, trailing: single);
            phrases.Add($"\"{builder.ToString().Trim()}\"" + (single ? " *" : ""));
            if (phrases.Count == maxTerms)
            {
                break;
            }
        }

        return phrases.Count == 0 ? null : string.Join(' ', phrases);
    }

    /// <summary>The words of a query as a reader sees them (Han runs and Latin words), to mark in titles and snippets.</summary>
    public static IReadOnlyList<string> MarkTerms(string query) =>
        [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(Segments).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Runs of Han characters, and Latin letters and digits as lower-case words; everything else separates.</summary>
    private static IEnumerable<string> Segments(string text)
    {
        var segment = new StringBuilder();
        bool? han = null;
        foreach (var rune in text.EnumerateRunes())
        {
            bool? kind = IsHan(rune) ? true : Rune.IsLetterOrDigit(rune) ? false : null;
            if (kind != han && segment.Length > 0)
            {
                yield return segment.ToString();
                segment.Clear();
            }

            han = kind;
            if (kind is not null)
            {
                segment.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        if (segment.Length > 0)
        {
            yield return segment.ToString();
        }
    }

    private static void AppendTokens(StringBuilder builder, string segment, bool trailing)
    {
        if (!IsHan(segment))
        {
            builder.Append(segment).Append(' ');
            return;
        }

        var runes = segment.EnumerateRunes().Select(r => r.ToString()).ToList();
        for (var i = 0; i + 1 < runes.Count; i++)
        {
            builder.Append(runes[i]).Append(runes[i + 1]).Append(' ');
        }

        if (trailing)
        {
            builder.Append(runes[^1]).Append(' ');
        }
    }

    private static bool IsHan(string segment) => IsHan(Rune.GetRuneAt(segment, 0));

    private static bool IsHan(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter
        && rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
