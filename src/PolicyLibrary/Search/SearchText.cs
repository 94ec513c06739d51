using System.Globalization;
using System.Text;

namespace PolicyLibrary.Search;

/// <summary>
/// Chinese has no spaces between words, so the index cuts every run of Han characters into overlapping pairs
/// (bigrams) and ends the run with its last character: 住房补贴 → 住房 房补 补贴 贴. A query of two or more characters
/// is a phrase of pairs, whose lists of documents are short, so it matches fast; a single character is any token it
/// begins. Latin words and numbers stay whole lower-case words. Each provider turns <see cref="Terms"/> into its query.
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
    /// The words of what a reader typed, at most <paramref name="maxTerms"/>, each with its segments; empty when nothing
    /// is searchable. Whatever else was typed (any provider's query syntax) separates and is dropped.
    /// </summary>
    public static IReadOnlyList<SearchTerm> Terms(string query, int maxTerms = 8) =>
        [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(term => Segments(term).ToList()).Where(segments => segments.Count > 0)
            .Take(maxTerms).Select(segments => new SearchTerm(segments))];

    /// <summary>The words of a query as a reader sees them (Han runs and Latin words), to mark in titles and snippets.</summary>
    public static IReadOnlyList<string> MarkTerms(string query) =>
        [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(Segments).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Runs of Han characters, and Latin letters and digits as lower-case words; everything else separates.</summary>
    public static IEnumerable<string> Segments(string text)
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

    /// <summary>
    /// The index tokens of one segment: a Latin word itself, a Han run its pairs and, when <paramref name="trailing"/>,
    /// its last character alone.
    /// </summary>
    public static void AppendTokens(StringBuilder builder, string segment, bool trailing)
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

    public static bool IsHan(string segment) => IsHan(Rune.GetRuneAt(segment, 0));

    private static bool IsHan(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter
        && rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
