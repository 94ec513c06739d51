using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Search;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Search;

/// <summary>
/// On PostgreSQL an import into an empty index drops the GIN indexes and builds them after the load, in the import's
/// transaction: whatever happens, the table ends with the migration's indexes.
/// </summary>
public class PostgreSqlBulkIndexTests
{
    [PostgreSqlOnlyFact]
    public async Task Import_ShouldLeaveTheGinIndexesAsMigrated_WhenItBuiltThemAfterTheLoad()
    {
        using var database = await TestDatabase.CreateAsync();

        await database.ImportAsync(RepositoryPaths.Content);

        await AssertMigratedIndexesAsync(database);
        await using var db = database.NewContext();
        var request = SearchRequest.FromQuery("住房", null, null, null, null, null, null, null, null, null, null);
        Assert.NotEqual(0, (await new SearchQueries(db, TimeProvider.System).SearchAsync(request)).Hits.TotalCount);
    }

    [PostgreSqlOnlyFact]
    public async Task Import_ShouldLeaveTheGinIndexesAsMigrated_WhenItFailsAfterDroppingThem()
    {
        using var folder = new TempFolder();
        using var database = await TestDatabase.CreateAsync();
        var content = ContentCopy.Of(RepositoryPaths.Content, folder["content"]);
        // An interpretation of a document that does not exist: the documents are written, then the import fails.
        var interpretation = Directory.EnumerateFiles(Path.Combine(content, "interpretations"), "*.md").Order(StringComparer.Ordinal).Last();
        var text = await File.ReadAllTextAsync(interpretation);
        await File.WriteAllTextAsync(interpretation, System.Text.RegularExpressions.Regex.Replace(text, "(?m)^document: .*$", "document: no-such-document"));

        await Assert.ThrowsAsync<PolicyLibrary.Content.ContentImportException>(() => database.ImportAsync(content));

        await AssertMigratedIndexesAsync(database);
        await using var db = database.NewContext();
        Assert.False(await db.Documents.AnyAsync());
    }

    [PostgreSqlOnlyFact]
    public async Task Rebuild_ShouldLeaveTheGinIndexesAsMigrated()
    {
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        await using (var db = database.NewContext())
        {
            Assert.NotEqual(0, await SearchIndex.RebuildAsync(db));
        }

        await AssertMigratedIndexesAsync(database);
    }

    private static async Task AssertMigratedIndexesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var definitions = await db.Database.SqlQuery<string>(
            $"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'SearchIndex' AND indexdef LIKE '%gin%' ORDER BY indexname").ToListAsync();

        Assert.Equal(
            [
                """CREATE INDEX "IX_SearchIndex_Terms" ON public."SearchIndex" USING gin ("Terms") WITH (fastupdate=off)""",
                """CREATE INDEX "IX_SearchIndex_TitleTerms" ON public."SearchIndex" USING gin ("TitleTerms") WITH (fastupdate=off)""",
            ],
            definitions);
    }
}
