namespace PolicyLibrary.Data;

/// <summary>Wakes a watcher of <see cref="Changes.ChangeGeneration"/> early; the watcher still reads the counter, so a missed wake-up only costs the timeout.</summary>
public interface IChangeListener : IAsyncDisposable
{
    /// <summary>Returns when a change may have been committed, or after <paramref name="timeout"/>.</summary>
    Task WaitAsync(TimeSpan timeout, CancellationToken ct);
}
