using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Data.Sqlite;
using PolicyLibrary.Media;

namespace PolicyLibrary.Tests.Support;

/// <summary>A migrated SQLite database in a temp folder, with its media store; removed on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    private TestDatabase()
    {
        // No pooling, so the file is really closed when the folder is deleted.
        ConnectionString = $"Data Source={_folder["test.db"]};Pooling=False";
        MediaStore = new FileSystemMediaStore(_folder["media"]);
    }

    public string ConnectionString { get; }

    public IMediaStore MediaStore { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A context on its own connection; <paramref name="interceptors"/> let a test step in between a read and a write.</summary>
    public PolicyLibraryDbContext NewContext(params IInterceptor[] interceptors) => new(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
        .UseSqlite(ConnectionString, SqliteData.Configure).AddInterceptors([SqliteConnectionTuning.Instance, .. interceptors]).Options);

    public async Task<ImportReport> ImportAsync(string contentRoot)
    {
        await using var db = NewContext();
        return await new ContentImporter(db, MediaStore, TimeProvider.System).ImportAsync(contentRoot);
    }

    public async Task ExportAsync(string target)
    {
        await using var db = NewContext();
        await new ContentExporter(db, MediaStore).ExportAsync(target);
    }

    public void Dispose() => _folder.Dispose();
}
