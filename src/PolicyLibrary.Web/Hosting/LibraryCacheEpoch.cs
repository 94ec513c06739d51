using Microsoft.AspNetCore.OutputCaching;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// This node's view of the library's changes: advanced, then the cached public pages evicted, whenever this process
/// commits a change (<see cref="LibraryCacheInvalidation"/>) or sees another process's (<see cref="LibraryChangeWatcher"/>).
/// A response whose request began in an older epoch is not stored (<see cref="LibraryCachePolicy"/>), so a page read
/// from the old state while the change committed cannot be cached after the eviction.
/// </summary>
public sealed class LibraryCacheEpoch(IOutputCacheStore store)
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public async Task AdvanceAsync(CancellationToken ct = default)
    {
        Interlocked.Increment(ref _value);
        await store.EvictByTagAsync(CachingSetup.LibraryTag, ct);
    }
}
