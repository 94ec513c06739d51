using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Data.PostgreSql;
using PolicyLibrary.Data.Sqlite;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Data;

/// <summary>The scheduled publisher's indexes hold only approved rows, with the filter written in each provider's SQL.</summary>
public class StatusFilteredIndexTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_ShouldFilterTheScheduleIndexesOnApproved_InTheProvidersSql(string provider)
    {
        // Building a model needs no server.
        var options = new DbContextOptionsBuilder<PolicyLibraryDbContext>();
        _ = provider == "Sqlite"
            ? options.UseLibrarySqliteModelFromConfigurations("Data Source=:memory:")
            : options.UseLibraryPostgreSqlModelFromConfigurations("Host=127.0.0.1;Database=unused");
        using var db = new PolicyLibraryDbContext(options.Options);

        var scheduled = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes())
            .Where(i => i.Properties is [{ Name: "ScheduledPublishAtUtc" }]).ToList();

        Assert.Equal(2, scheduled.Count);
        Assert.All(scheduled, i => Assert.Equal("\"Status\" = 2", i.GetFilter()));
        // The configurations' marker is spent: it must not reach a migration snapshot or a compiled model.
        Assert.DoesNotContain(db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).SelectMany(i => i.GetAnnotations()),
            a => a.Name.StartsWith("PolicyLibrary:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigratedDatabase_ShouldHoldOnlyApprovedRowsInTheScheduleIndexes()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        foreach (var index in new[] { "IX_Documents_ScheduledPublishAtUtc", "IX_Interpretations_ScheduledPublishAtUtc" })
        {
            var definition = TestProvider.IsPostgreSql
                ? await db.Database.SqlQuery<string>($"SELECT pg_get_expr(i.indpred, i.indrelid) AS \"Value\" FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = {index}").SingleAsync()
                : await db.Database.SqlQuery<string>($"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = {index}").SingleAsync();

            Assert.Contains(TestProvider.IsPostgreSql ? "(\"Status\" = 2)" : "WHERE \"Status\" = 2", definition, StringComparison.Ordinal);
        }
    }
}
