using System.Globalization;
using System.Text;

namespace PolicyLibrary.Search;

/// <summary>
/// Chinese has no spaces between words, so the index treats every Han character as a token of its own:
/// a query of one, two or eight characters becomes a phrase of that many tokens and matches wherever those
/// characters stand together. Latin words and numbers stay whole words.
/// </summary>
public static class SearchText
{
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    public static string Segment(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune))
            {
                builder.Append(' ').Append(rune.ToString()).Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes the spaces <see cref="Segment"/> put around Han characters, keeping the highlight marks.</summary>
    public static string Unsegment(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && (IsHanOrMarkAt(text, i - 1, back: true) || IsHanOrMarkAt(text, i + 1, back: false)))
            {
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString().Replace($"{MarkEnd}{MarkStart}", "", StringComparison.Ordinal);
    }

    /// <summary>The FTS5 query for what a reader typed: each word a quoted phrase of tokens, all of them required; null when nothing is searchable.</summary>
    public static string? ToMatch(string query, int maxTerms = 8)
    {
        var phrases = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(term => Tokens(term).ToList())
            .Where(tokens => tokens.Count > 0)
            .Take(maxTerms)
            .Select(tokens => "\"" + string.Join(' ', tokens) + "\"")
            .ToList();
        return phrases.Count == 0 ? null : string.Join(' ', phrases);
    }

    /// <summary>Han characters one by one, Latin letters and digits as lower-case words; everything else separates.</summary>
    private static IEnumerable<string> Tokens(string term)
    {
        var word = new StringBuilder();
        foreach (var rune in term.EnumerateRunes())
        {
            if (IsHan(rune))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                yield return rune.ToString();
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsHan(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter
        && rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);

    private static bool IsHanOrMarkAt(string text, int index, bool back)
    {
        while (index >= 0 && index < text.Length && text[index] is MarkStart or MarkEnd)
        {
            index += back ? -1 : 1;
        }

        if (index < 0 || index >= text.Length)
        {
            return false;
        }

        var c = text[index];
        return char.IsSurrogate(c) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
