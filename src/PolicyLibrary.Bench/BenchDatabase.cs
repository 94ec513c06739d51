using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Data.Sqlite;

namespace PolicyLibrary.Bench;

/// <summary>A SQLite database file opened the way the site opens it (same provider options, pooled connections).</summary>
internal sealed class BenchDatabase(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string ConnectionString => $"Data Source={Path}";

    public PolicyLibraryDbContext NewContext() => new(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
        .UseLibrarySqlite(ConnectionString).Options);

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public static void ReleaseFiles() => SqliteConnection.ClearAllPools();
}
