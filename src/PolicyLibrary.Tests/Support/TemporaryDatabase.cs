namespace PolicyLibrary.Tests.Support;

/// <summary>An empty database of the provider under test (a file in <paramref name="folder"/> for SQLite), dropped on dispose.</summary>
public sealed class TemporaryDatabase(TempFolder folder, string fileName) : IDisposable
{
    public string ConnectionString { get; } = TestProvider.NewDatabase(folder, fileName);

    public void Dispose() => TestProvider.DropDatabase(ConnectionString);
}
