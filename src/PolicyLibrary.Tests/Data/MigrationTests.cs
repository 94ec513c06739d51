using Microsoft.EntityFrameworkCore;
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
}
