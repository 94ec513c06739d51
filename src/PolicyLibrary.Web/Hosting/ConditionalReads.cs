using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Strong ETags from the bytes, and 304 when the client already has them: the API's JSON sets its own; the feeds,
/// sitemap, robots.txt and OpenAPI document get theirs from <see cref="UseEntityTags"/>.
/// </summary>
public static class ConditionalReads
{
    private static readonly PathString[] Tagged = ["/feeds", "/sitemap.xml", "/robots.txt", "/openapi"];

    public static EntityTagHeaderValue TagOf(ReadOnlySpan<byte> bytes) => new($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");

    /// <summary>Sets the ETag; true when the request's If-None-Match already names it (answer 304).</summary>
    public static bool IsUnchanged(HttpContext http, EntityTagHeaderValue etag)
    {
        http.Response.Headers.ETag = etag.ToString();
        return http.Request.GetTypedHeaders().IfNoneMatch
            .Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }

    /// <summary>Before the output cache, so a cached answer is tagged too; these answers are small, so buffering them is cheap.</summary>
    public static IApplicationBuilder UseEntityTags(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || !Tagged.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && IsUnchanged(context, TagOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentLength = null;
            return;
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    });
}
