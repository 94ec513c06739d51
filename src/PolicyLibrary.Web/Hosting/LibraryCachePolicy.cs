using Microsoft.AspNetCore.OutputCaching;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Refuses to store a response begun before the library last changed (see <see cref="LibraryCacheEpoch"/>), and leaves
/// out every request that may be signed in.
/// </summary>
public sealed class LibraryCachePolicy : IOutputCachePolicy
{
    private const string EpochKey = "PolicyLibrary.CacheEpoch";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // The cache runs before authentication, so the default policy's "signed in?" cannot be known yet: a request with
        // the sign-in cookie (its first chunk has the bare name) is treated as signed in, whether or not the cookie is
        // still valid. The default policy already leaves out an Authorization header (an access token).
        if (context.HttpContext.Request.Cookies.ContainsKey(IdentitySetup.CookieName))
        {
            context.EnableOutputCaching = false;
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

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
