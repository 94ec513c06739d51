using System.IO.Compression;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Data;

/// <summary>
/// Databases as earlier versions left them (<c>Data/Upgrades/&lt;last migration&gt;.db.gz</c>: made by that version's
/// migrations, holding the seed, training records, media rows, revisions and audit events) upgrade to the current
/// schema with every row kept. A fixture stays for good; a release that adds migrations adds one of its own.
/// </summary>
public sealed class UpgradeTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "PolicyLibrary.Tests", "Data", "Upgrades"), "*.db.gz")
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [SqliteOnlyTheory]
    [MemberData(nameof(Fixtures))]
    public async Task Migrate_ShouldKeepEveryRow_OfADatabaseFromAnEarlierVersion(string fixture)
    {
        using var folder = new TempFolder();
        var file = await UnpackAsync(fixture, folder["library.db"]);
        var before = await CountRowsAsync(file);

        await using (var db = Open(file))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        var after = await CountRowsAsync(file);
        foreach (var (table, rows) in before.Where(t => t.Key != "__EFMigrationsHistory"))
        {
            Assert.True(after.TryGetValue(table, out var now) && now >= rows, $"{table}: {rows} rows before the upgrade, {now} after");
        }

        Assert.True(before["Documents"] > 0 && before["Attendances"] > 0 && before["MediaFiles"] > 0 && before["Revisions"] > 0 && before["AuditEvents"] > 0,
            "the fixture should hold documents, attendance, media, revisions and audit events");
    }

    [SqliteOnlyTheory]
    [MemberData(nameof(Fixtures))]
    public async Task Site_ShouldServeAnUpgradedDatabase(string fixture)
    {
        using var site = new SiteFactory();
        await UnpackAsync(fixture, Path.Combine(site.DataPath, "site.db"));
        using var client = site.NewClient();

        using var page = await client.GetAsync(new Uri("/documents/disclosure-notice-2016-66", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("下陆区人民政府办公室", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var search = await client.GetAsync(new Uri("/search?q=%E8%A7%A3%E8%AF%BB", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    private static async Task<string> UnpackAsync(string fixture, string target)
    {
        await using var input = new GZipStream(File.OpenRead(Path.Combine(RepositoryPaths.Root, "src", "PolicyLibrary.Tests", "Data", "Upgrades", fixture)), CompressionMode.Decompress);
        await using var output = File.Create(target);
        await input.CopyToAsync(output);
        return target;
    }

    private static PolicyLibraryDbContext Open(string file) => new(TestProvider.Options($"Data Source={file};Pooling=False"));

    /// <summary>Rows per ordinary table (the search index's virtual tables are checked by what the site finds).</summary>
    private static async Task<Dictionary<string, long>> CountRowsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'Search%' AND sql NOT LIKE 'CREATE VIRTUAL%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
