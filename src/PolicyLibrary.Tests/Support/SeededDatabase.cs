namespace PolicyLibrary.Tests.Support;

/// <summary>One database with the repository's content/ imported, shared by the tests of a class.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.ImportAsync(RepositoryPaths.Content);
    }

    public Task DisposeAsync()
    {
        _database?.Dispose();
        return Task.CompletedTask;
    }
}
