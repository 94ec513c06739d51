using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Data.Sqlite;
using PolicyLibrary.Search;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Search;

/// <summary>
/// On PostgreSQL, search must find what it finds on SQLite: the seed is imported into both and every query is run on
/// each. Relevance order may differ (bm25 and ts_rank weigh differently), so the matches are compared as sets; newest
/// first and the capped path, both fully determined, are compared in order.
/// </summary>
public sealed class SearchParityTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>, IAsyncLifetime, IDisposable
{
    private readonly TempFolder _sqliteFolder = new();
    private string _sqlite = "";

    /// <summary>Words a user types that are PostgreSQL (and FTS5) query syntax; they must stay literal text.</summary>
    public static TheoryData<string> Hostile => new()
    {
        "&", "|", "!", ":*", "<->", "<2>", "(", ")", "'", "''", "\"", "\\", "\\'", "住房 & 补贴", "住房|补贴", "!住房", "住房:*", "住:*",
        "住房 <-> 补贴", "(住房) | (补贴)", "'住房'", "\"住房\"", "住房\\", "住房' OR '1'='1", "'; DROP TABLE \"SearchIndex\"; --",
        "NEAR(住房 补贴)", "住房 AND 补贴", "住房 OR 补贴", "NOT 住房", "^住房", "住房*", "-住房", "+住房", "住房:A", "a:B*", "%", "_", "%住%",
    };

    public async Task InitializeAsync()
    {
        _sqlite = $"Data Source={_sqliteFolder["parity.db"]};Pooling=False";
        await using var db = SqliteContext();
        await db.Database.MigrateAsync();
        await new ContentImporter(db, new PolicyLibrary.Media.FileSystemMediaStore(_sqliteFolder["media"]), TimeProvider.System).ImportAsync(RepositoryPaths.Content);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _sqliteFolder.Dispose();

    [PostgreSqlOnlyFact]
    public async Task Search_ShouldMatchAsOnSqlite_ForEveryRunOfEveryLength()
    {
        var queries = await SampleQueriesAsync();
        Assert.True(queries.Count > 100);
        foreach (var query in queries)
        {
            await AssertSameAsync(query);
        }
    }

    [PostgreSqlOnlyFact]
    public async Task Search_ShouldMatchAsOnSqlite_ForSeveralWordsLatinAndNumbers()
    {
        foreach (var query in new[] { "住房 补贴", "政府 信息 公开", "2016", "黄下政办〔2016〕", "66号", "PM2.5", "pm2", "a", "GB/T", "http", "解 读", "办法 2017", "实施意见" })
        {
            await AssertSameAsync(query);
        }
    }

    [PostgreSqlOnlyFact]
    public async Task Search_ShouldCapAsOnSqlite_WhenMoreMatch()
    {
        foreach (var query in new[] { "公开", "政", "的", "信息", "区" })
        {
            await AssertSameAsync(query, maxCandidates: 5, ordered: true);
        }
    }

    [PostgreSqlOnlyTheory]
    [MemberData(nameof(Hostile))]
    public async Task Search_ShouldTreatQuerySyntaxAsText(string query)
    {
        await AssertSameAsync(query);
        await AssertSameAsync(query + " 住房");
    }

    private async Task AssertSameAsync(string query, int maxCandidates = SearchQueries.MaxCandidates, bool ordered = false)
    {
        foreach (var sort in new[] { null, "date" })
        {
            var request = SearchRequest.FromQuery(query, null, null, null, null, null, null, null, null, sort, null, pageSize: "50");
            await using var sqlite = SqliteContext();
            await using var postgres = seeded.Database.NewContext();
            var expected = await new SearchQueries(sqlite, TimeProvider.System, maxCandidates).SearchAsync(request);
            var actual = await new SearchQueries(postgres, TimeProvider.System, maxCandidates).SearchAsync(request);

            var want = expected.Hits.Items.Select(h => $"{h.Kind}:{h.Slug}").ToList();
            var got = actual.Hits.Items.Select(h => $"{h.Kind}:{h.Slug}").ToList();
            if (ordered || sort == "date")
            {
                Assert.True(want.SequenceEqual(got), $"“{query}” ({sort ?? "relevance"}): SQLite [{string.Join(", ", want)}], PostgreSQL [{string.Join(", ", got)}]");
            }
            else
            {
                Assert.True(want.Order().SequenceEqual(got.Order()), $"“{query}”: SQLite [{string.Join(", ", want)}], PostgreSQL [{string.Join(", ", got)}]");
            }

            Assert.Equal(expected.Hits.TotalCount, actual.Hits.TotalCount);
            Assert.Equal(expected.Capped, actual.Capped);
        }
    }

    /// <summary>Runs of 1 to 8 characters from the seed's titles and bodies, and the same across a run's end.</summary>
    private async Task<List<string>> SampleQueriesAsync()
    {
        await using var db = seeded.Database.NewContext();
        var documents = await db.Documents.OrderBy(d => d.Id).Select(d => new { d.Title, d.BodyMarkdown }).Take(8).ToListAsync();
        var texts = documents.Select(d => $"{d.Title}，{d.BodyMarkdown[..Math.Min(400, d.BodyMarkdown.Length)]}");
        var queries = new HashSet<string>();
        var random = new Random(13);
        foreach (var text in texts)
        {
            for (var length = 1; length <= 8; length++)
            {
                for (var n = 0; n < 3; n++)
                {
                    var start = random.Next(0, Math.Max(1, text.Length - length));
                    queries.Add(text.Substring(start, Math.Min(length, text.Length - start)));
                }
            }
        }

        return [.. queries.Where(q => !string.IsNullOrWhiteSpace(q))];
    }

    private PolicyLibraryDbContext SqliteContext() => new(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
        .UseLibrarySqliteModelFromConfigurations(_sqlite).Options);
}
