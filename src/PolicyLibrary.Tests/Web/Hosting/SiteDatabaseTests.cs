using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Hosting;

/// <summary>Concurrent check-ins rely on these: readers beside one writer (WAL), writers waiting inside SQLite.</summary>
public class SiteDatabaseTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [SqliteOnlyFact]
    public async Task SiteDatabase_ShouldBeInWalMode_AndWaitWhenBusy()
    {
        var (mode, timeout) = await site.WithDbAsync(async db => (await PragmaAsync(db, "journal_mode"), await PragmaAsync(db, "busy_timeout")));

        Assert.Equal("wal", mode);
        Assert.Equal("10000", timeout);
    }

    private static async Task<string> PragmaAsync(PolicyLibraryDbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
