using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Media;

namespace PolicyLibrary.Web.Features.Media;

public static class MediaEndpoints
{
    /// <summary>
    /// <c>/media/{name}</c>: a stored file, served only while a public document or interpretation uses it,
    /// so a draft's images stay private.
    /// </summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{name}", async (string name, HttpContext http, PolicyLibraryDbContext db, IMediaStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var media = await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == name, ct);
            if (media is null || !await IsUsedPubliclyAsync(db, name, clock.GetUtcNow().UtcDateTime, ct))
            {
                return Results.NotFound();
            }

            var stream = store.OpenRead(media.Sha256);
            if (stream is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Stream(stream, media.ContentType, entityTag: new EntityTagHeaderValue($"\"{media.Sha256}\""),
                enableRangeProcessing: true);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<bool> IsUsedPubliclyAsync(PolicyLibraryDbContext db, string name, DateTime now, CancellationToken ct)
    {
        var reference = MarkdownRenderer.MediaPrefix + name;
        return await db.Documents.WherePublic(now).AnyAsync(d => d.BodyMarkdown.Contains(reference), ct)
            || await db.Interpretations.WherePublic(now).AnyAsync(i => i.BodyMarkdown.Contains(reference), ct);
    }
}
