using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Data;

/// <summary>
/// The public lists stay fast on a large library only while SQLite keeps choosing these plans; a changed index or
/// visibility rule that loses one shows up here rather than as a slow page at 100,000 documents.
/// </summary>
public class QueryPlanTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private static readonly DateTime Now = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    [SqliteOnlyFact]
    public async Task Import_ShouldLeaveQueryPlannerStatistics()
    {
        await using var db = seeded.Database.NewContext();

        var analysed = await db.Database.SqlQuery<string>($"SELECT DISTINCT tbl AS Value FROM sqlite_stat1").ToListAsync();

        Assert.Contains("Documents", analysed);
        Assert.Contains("Interpretations", analysed);
    }

    [SqliteOnlyFact]
    public async Task NewestPublicInterpretations_ShouldWalkTheDateIndexWithoutSorting()
    {
        await using var db = seeded.Database.NewContext();
        var query = db.Interpretations.WherePublic(db.Documents, Now)
            .OrderByDescending(i => i.PublishedAtUtc).ThenByDescending(i => i.Id).Take(6);

        var plan = await PlanOfAsync(db, query.ToQueryString());

        Assert.Contains("IX_Interpretations_Status_PublishedAtUtc", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [SqliteOnlyFact]
    public async Task PublicDocumentCountsByCategory_ShouldBeAnsweredFromAnIndexAlone()
    {
        await using var db = seeded.Database.NewContext();
        var query = db.Documents.WherePublic(Now).GroupBy(d => d.CategoryId).Select(g => new { g.Key, Count = g.Count() });

        var plan = await PlanOfAsync(db, query.ToQueryString());

        Assert.Contains("COVERING INDEX IX_Documents_Status_Disclosure_PublishedAtUtc_CategoryId", plan);
    }

    [SqliteOnlyFact]
    public async Task WhetherADocumentIsPublic_ShouldBeAnsweredFromAnIndexAlone()
    {
        await using var db = seeded.Database.NewContext();
        var query = db.Interpretations.WherePublic(db.Documents, Now).Where(i => i.Id == 1).Select(i => i.Id);

        var plan = await PlanOfAsync(db, query.ToQueryString());

        Assert.Contains("COVERING INDEX IX_Documents_Id_Status_Disclosure_PublishedAtUtc", plan);
    }

    [SqliteOnlyFact]
    public async Task PublicInterpretationCount_ShouldJoinTwoIndexesWithoutReadingRows()
    {
        await using var db = seeded.Database.NewContext();
        var query = db.Documents.PublicInterpretations(Now).Select(i => i.Id);

        var plan = await PlanOfAsync(db, query.ToQueryString());

        Assert.Contains("COVERING INDEX IX_Documents_Status_Disclosure_PublishedAtUtc_CategoryId", plan);
        Assert.Contains("COVERING INDEX IX_Interpretations_DocumentId_Status_PublishedAtUtc", plan);
    }

    [SqliteOnlyFact]
    public async Task ScheduledPublisher_ShouldLookOnlyAtApprovedRows()
    {
        await using var db = seeded.Database.NewContext();
        var documents = ReviewWorkflow.Due(db.Documents, Now);
        var interpretations = ReviewWorkflow.Due(db.Interpretations, Now);

        Assert.Contains("USING INDEX IX_Documents_ScheduledPublishAtUtc", await PlanOfAsync(db, documents.ToQueryString()));
        Assert.Contains("USING INDEX IX_Interpretations_ScheduledPublishAtUtc", await PlanOfAsync(db, interpretations.ToQueryString()));
    }

    /// <summary>EXPLAIN QUERY PLAN of EF's SQL; the <c>.param set</c> lines of ToQueryString are dropped (unbound is NULL).</summary>
    private static async Task<string> PlanOfAsync(PolicyLibraryDbContext db, string queryString)
    {
        var sql = string.Join('\n', queryString.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        return string.Join('\n', details);
    }
}
