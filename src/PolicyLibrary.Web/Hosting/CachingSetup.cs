using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Hosting;

public static class CachingSetup
{
    public const string LibraryTag = "library";

    /// <summary>
    /// Public pages, feeds and API reads are kept in the output cache until the library changes
    /// (<see cref="LibraryCacheInvalidation"/> for this process's changes, <see cref="LibraryChangeWatcher"/> for every
    /// other process's); signed-in staff always get fresh pages.
    /// </summary>
    public static WebApplicationBuilder AddPolicyLibraryCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(o =>
        {
            o.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10);
            o.AddPolicy("Library", policy => policy
                .AddPolicy<LibraryCachePolicy>()
                .Tag(LibraryTag)
                // The stored bytes are compressed for the request's Accept-Encoding (see Program.cs).
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                .VaryByValue(http => new KeyValuePair<string, string>("reader", ReaderPreferences.From(name => http.Request.Cookies[name]).HtmlClass)));
        });
        builder.Services.AddSingleton<LibraryCacheEpoch>();
        builder.Services.AddSingleton<LibraryCacheInvalidation>();
        // Every node watches, whatever PolicyLibrary:BackgroundWork says: its cache is its own.
        builder.Services.AddHostedService<LibraryChangeWatcher>();
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "application/problem+json", "image/svg+xml"]);
        });
        return builder;
    }

    /// <summary>
    /// After authentication: a page shown to a signed-in member of staff names them and may hold drafts, so no
    /// browser or proxy keeps it (Back after signing out shows nothing).
    /// </summary>
    /// <remarks>
    /// Before authentication in the pipeline (and after the output cache, which never serves or stores a signed-in request): OnStarting callbacks run last-registered first, so this one runs after the
    /// cookie handler's (which writes "no-cache,no-store" whenever it renews the cookie) and has the last word. Whether
    /// someone is signed in is read when the response starts, after authentication ran.
    /// </remarks>
    public static IApplicationBuilder UseSignedInPagesUncached(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            // A file served to staff only (a lesson image) is "no-store" by its endpoint; it stays private too.
            if (context.User.Identity?.IsAuthenticated == true
                && (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                    || context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Headers.CacheControl = "private, no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
