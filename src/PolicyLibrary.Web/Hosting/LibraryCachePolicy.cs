using Microsoft.AspNetCore.OutputCaching;

namespace PolicyLibrary.Web.Hosting;

/// <summary>Refuses to store a response begun before the library last changed (see <see cref="LibraryCacheEpoch"/>).</summary>
public sealed class LibraryCachePolicy : IOutputCachePolicy
{
    private const string EpochKey = "PolicyLibrary.CacheEpoch";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Items[EpochKey] = Epoch(context).Value;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items[EpochKey] is long began && began != Epoch(context).Value)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static LibraryCacheEpoch Epoch(OutputCacheContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<LibraryCacheEpoch>();
}
