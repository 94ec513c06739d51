using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PolicyLibrary.Search;

namespace PolicyLibrary.Data.PostgreSql;

/// <summary>
/// The table <c>SearchIndex</c> (created by a migration): per item its title and body as segments (<see cref="Normalised"/>)
/// and a GIN-indexed <c>tsvector</c> of their tokens: every Han character, every pair of neighbours in a run, every
/// Latin word. A term's tokens narrow the rows through the index; where the tokens alone do not say the term is there
/// in order (a run of three or more characters, or several segments), the segments are compared too, so a row matches
/// exactly when SQLite's phrase query matches it. The tsvector is built here, not by a text-search parser, and the
/// tsquery from <see cref="SearchTerm"/> segments, which hold only letters, digits and Han characters: nothing a reader
/// types is ever read as query syntax.
/// </summary>
public sealed class PostgreSqlSearchIndex : ISearchIndexStore
{
    /// <summary>PostgreSQL refuses a lexeme of 2 KB or more; longer words are left to the segment comparison.</summary>
    private const int MaxLexemeBytes = 2000;

    private const string Query = "CAST(@query AS tsquery)";

    public Task WriteAsync(PolicyLibraryDbContext db, long row, bool isNew, string title, string body, CancellationToken ct)
    {
        var titleTokens = Tokens(title);
        var bodyTokens = Tokens(body);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchIndex" ("Row", "Title", "Body", "Terms", "TitleTerms")
            VALUES ({row}, {Normalised(title)}, {Normalised(body)}, CAST({Vector(titleTokens, bodyTokens)} AS tsvector), CAST({Vector(titleTokens, [])} AS tsvector))
            ON CONFLICT ("Row") DO UPDATE SET "Title" = EXCLUDED."Title", "Body" = EXCLUDED."Body", "Terms" = EXCLUDED."Terms", "TitleTerms" = EXCLUDED."TitleTerms"
            """, ct);
    }

    public Task DeleteAsync(PolicyLibraryDbContext db, long row, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" WHERE "Row" = {row}""", ct);

    public Task ClearAsync(PolicyLibraryDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchIndex" """, ct);

    /// <summary>
    /// With <c>fastupdate = off</c> every row written updates the GIN indexes at once, a few hundred tokens each: 11 ms a
    /// row, against about 1.5 ms a row to build them afterwards (3,000 rows: 34.3 s, against 1.3 s + 3.1 s). So when the
    /// table is empty the indexes are dropped and built again after the load, in the same transaction: a rollback
    /// brings them back, and until the commit other sessions wait for the table rather than see it without them. The
    /// definitions are those of the migration <c>SearchIndex</c>.
    /// </summary>
    public async Task<Func<CancellationToken, Task>> BeginBulkWriteAsync(PolicyLibraryDbContext db, CancellationToken ct)
    {
        if (!await IsEmptyAsync(db, ct))
        {
            return _ => Task.CompletedTask;
        }

        await db.Database.ExecuteSqlRawAsync("""DROP INDEX "IX_SearchIndex_Terms"; DROP INDEX "IX_SearchIndex_TitleTerms";""", ct);
        return async finish => await db.Database.ExecuteSqlRawAsync("""
            CREATE INDEX "IX_SearchIndex_Terms" ON "SearchIndex" USING gin ("Terms") WITH (fastupdate = off);
            CREATE INDEX "IX_SearchIndex_TitleTerms" ON "SearchIndex" USING gin ("TitleTerms") WITH (fastupdate = off);
            """, finish);
    }

    public async Task<bool> IsEmptyAsync(PolicyLibraryDbContext db, CancellationToken ct) =>
        !await db.Database.SqlQueryRaw<bool>("""SELECT EXISTS (SELECT 1 FROM "SearchIndex") AS "Value" """).SingleAsync(ct);

    public Task<List<long>> NewestAsync(PolicyLibraryDbContext db, IReadOnlyList<SearchTerm> terms, bool titlesOnly, int limit, CancellationToken ct)
    {
        var (where, parameters) = Condition(terms, titlesOnly);
        parameters.Add(new NpgsqlParameter("limit", limit));
        // The condition is built from fixed text and parameter names; every value is a parameter.
        var sql = $"""SELECT "Row" AS "Value" FROM "SearchIndex" WHERE {where} ORDER BY "Row" DESC LIMIT @limit""";
        return db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(ct);
    }

    /// <summary>ts_rank with weights {D, C, B, A}: body tokens are D (0.1), title tokens A (1.0), as bm25(10, 1) on SQLite.</summary>
    public Task<List<long>> RankedAsync(PolicyLibraryDbContext db, IReadOnlyList<SearchTerm> terms, CancellationToken ct)
    {
        var (where, parameters) = Condition(terms, titlesOnly: false);
        var sql = $$"""SELECT "Row" AS "Value" FROM "SearchIndex" WHERE {{where}} ORDER BY ts_rank(ARRAY[0.1, 0.2, 0.4, 1.0]::real[], "Terms", {{Query}}) DESC, "Row" DESC""";
        return db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(ct);
    }

    /// <summary>The tsquery of every term's tokens, and for terms the tokens do not settle, the segment comparison.</summary>
    private static (string Where, List<NpgsqlParameter> Parameters) Condition(IReadOnlyList<SearchTerm> terms, bool titlesOnly)
    {
        var lexemes = terms.SelectMany(t => t.Segments.SelectMany(QueryTokens)).Where(Fits).Distinct().ToList();
        // A word too long for the index has no token: then the segment comparison alone decides.
        var parameters = new List<NpgsqlParameter> { new("query", lexemes.Count == 0 ? "'-'" : string.Join(" & ", lexemes.Select(Quote))) };
        var where = new StringBuilder(lexemes.Count == 0 ? "TRUE" : titlesOnly ? $"\"TitleTerms\" @@ {Query}" : $"\"Terms\" @@ {Query}");
        foreach (var term in terms.Where(t => !SettledByTokens(t)))
        {
            var name = $"p{parameters.Count}";
            parameters.Add(new NpgsqlParameter(name, Pattern(term)));
            where.Append(titlesOnly ? $" AND strpos(\"Title\", @{name}) > 0" : $" AND (strpos(\"Title\", @{name}) > 0 OR strpos(\"Body\", @{name}) > 0)");
        }

        return (where.ToString(), parameters);
    }

    /// <summary>One segment whose tokens are all there exactly when it is: a Latin word, or a run of one or two characters.</summary>
    private static bool SettledByTokens(SearchTerm term) =>
        term.Segments is [var only] && (!SearchText.IsHan(only) || only.EnumerateRunes().Count() <= 2) && Fits(only);

    /// <summary>
    /// The term as text to find among <see cref="Normalised"/> segments: a Latin word stands between separators; a run
    /// followed by more of the term ends there, a run after more of the term starts there, a lone run may be inside one.
    /// </summary>
    private static string Pattern(SearchTerm term) =>
        (SearchText.IsHan(term.Segments[0]) ? "" : " ") + string.Join(' ', term.Segments) + (SearchText.IsHan(term.Segments[^1]) ? "" : " ");

    /// <summary>The text's segments, one space between them and around them, so a run or word boundary is a space.</summary>
    public static string Normalised(string text) => $" {string.Join(' ', SearchText.Segments(text))} ";

    /// <summary>Every Han character and neighbouring pair of a text, and its Latin words.</summary>
    private static HashSet<string> Tokens(string text) => [.. SearchText.Segments(text).SelectMany(IndexTokens).Where(Fits)];

    private static IEnumerable<string> IndexTokens(string segment)
    {
        if (!SearchText.IsHan(segment))
        {
            yield return segment;
            yield break;
        }

        var runes = segment.EnumerateRunes().Select(r => r.ToString()).ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            yield return runes[i];
            if (i + 1 < runes.Count)
            {
                yield return runes[i] + runes[i + 1];
            }
        }
    }

    /// <summary>What a segment of a query must find: a word itself, a single character, or the pairs of a run.</summary>
    private static IEnumerable<string> QueryTokens(string segment)
    {
        if (!SearchText.IsHan(segment))
        {
            return [segment];
        }

        var runes = segment.EnumerateRunes().Select(r => r.ToString()).ToList();
        return runes.Count == 1 ? runes : Enumerable.Range(0, runes.Count - 1).Select(i => runes[i] + runes[i + 1]);
    }

    private static bool Fits(string lexeme) => Encoding.UTF8.GetByteCount(lexeme) < MaxLexemeBytes;

    /// <summary>
    /// A tsvector literal: title tokens at position 1 with weight A, body tokens at position 2 (weight D), so ts_rank
    /// weighs where a token is found.
    /// </summary>
    private static string Vector(HashSet<string> title, HashSet<string> body)
    {
        var text = new StringBuilder();
        foreach (var lexeme in title.Union(body))
        {
            var positions = (title.Contains(lexeme), body.Contains(lexeme)) switch
            {
                (true, true) => "1A,2",
                (true, false) => "1A",
                _ => "2",
            };
            text.Append(Quote(lexeme)).Append(':').Append(positions).Append(' ');
        }

        return text.ToString();
    }

    // Segments hold only letters, digits and Han characters; quoting is belt and braces.
    private static string Quote(string lexeme) => $"'{lexeme.Replace("\\", "\\\\").Replace("'", "''")}'";
}
