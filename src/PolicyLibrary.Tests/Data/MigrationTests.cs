using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PolicyLibrary.Search;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_ShouldApplyEveryMigration_WhenDatabaseIsEmpty()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Model_ShouldHaveNoChangesMissingFromMigrations()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration (dotnet ef migrations add …).");
    }

    [Fact]
    public async Task Migrate_ShouldKeepTheSeed_WhenADatabaseHoldingItIsUpgradedFromTheFirstMigration()
    {
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        await using var db = database.NewContext();
        var documents = await db.Documents.CountAsync();
        var first = db.Database.GetMigrations().First();

        // Back to the first schema (the documents' tables stay), then up through every later migration.
        await db.GetService<IMigrator>().MigrateAsync(first);
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(documents, await db.Documents.CountAsync());
        if (await SearchIndex.NeedsRebuildAsync(db))
        {
            await SearchIndex.RebuildAsync(db);
        }

        var request = SearchRequest.FromQuery("住房", null, null, null, null, null, null, null, null, null, null);
        Assert.NotEqual(0, (await new SearchQueries(db, TimeProvider.System).SearchAsync(request)).Hits.TotalCount);
    }
}
