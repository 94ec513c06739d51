using System.Text;
using PolicyLibrary.Search;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>
/// The FTS5 query for the terms a reader typed: each term a quoted phrase of its tokens, all of them required; a term
/// ending in a single Han character is a prefix query on it, answered by the one-character prefix index.
/// </summary>
public static class Fts5Match
{
    public static string? Of(IReadOnlyList<SearchTerm> terms)
    {
        var phrases = new List<string>();
        foreach (var term in terms)
        {
            var segments = term.Segments;
            var builder = new StringBuilder();
            for (var i = 0; i < segments.Count - 1; i++)
            {
                // Inside the term a run is followed by more text, so in the index its last character stands alone next.
                SearchText.AppendTokens(builder, segments[i], trailing: true);
            }

            var last = segments[^1];
            var single = SearchText.IsHan(last) && last.EnumerateRunes().Count() == 1;
            // The text may go on after the last run: its final character begins a pair, or stands alone.
            SearchText.AppendTokens(builder, last, trailing: single);
            phrases.Add($"\"{builder.ToString().Trim()}\"" + (single ? " *" : ""));
        }

        return phrases.Count == 0 ? null : string.Join(' ', phrases);
    }

    /// <summary>The query for what a reader typed (<see cref="SearchText.Terms"/>, then the terms overload).</summary>
    public static string? Of(string query) => Of(SearchText.Terms(query));
}
