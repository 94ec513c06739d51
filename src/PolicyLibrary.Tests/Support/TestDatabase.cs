using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Media;

namespace PolicyLibrary.Tests.Support;

/// <summary>A migrated database of the provider under test (<see cref="TestProvider"/>), with its media store in a temp folder; removed on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    private TestDatabase()
    {
        ConnectionString = TestProvider.NewDatabase(_folder, "test.db");
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
    public PolicyLibraryDbContext NewContext(params IInterceptor[] interceptors) => new(TestProvider.Options(ConnectionString, interceptors));

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

    public void Dispose()
    {
        TestProvider.DropDatabase(ConnectionString);
        _folder.Dispose();
    }
}
