using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PolicyLibrary.Data;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Media;

/// <summary>
/// Stored files. <c>/media/{name}</c> is the file as content names it; <c>/media/{sha256}/{width}.{webp|jpg}</c> an
/// image variant, content-addressed and so cached for a year. Either is served to the public only while a public
/// document or interpretation uses the file (its usage rows); drafts' files are 404 outside, visible to editors, and
/// a training module's files (lessons, attachments) to the staff who may study it, privately.
/// </summary>
public static class MediaEndpoints
{
    private const string Immutable = "public, max-age=31536000, immutable";

    // A stored file is never a page: no scripts, no plugins, nothing it could load, even if a browser tried.
    private const string FilePolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{name}", async (string name, HttpContext http, PolicyLibraryDbContext db, IMediaStore store,
            MediaQueries media, CurrentActor current, CancellationToken ct) =>
        {
            var file = await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == name, ct);
            if (file is null || await AccessAsync(file, media, current, ct) is not { } cache || store.OpenRead(file.Sha256) is not { } stream)
            {
                return Results.NotFound();
            }

            Harden(http, cache == Immutable ? "public, max-age=86400" : cache);
            var download = file.Kind == MediaKind.Attachment ? DownloadName(file) : null;
            // Captions are UTF-8 by the WebVTT spec; saying so keeps a browser from guessing when it shows the transcript.
            var contentType = file.Kind == MediaKind.Captions ? "text/vtt; charset=utf-8" : file.ContentType;
            return Results.Stream(stream, contentType, download, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
                enableRangeProcessing: true);
        }).ExcludeFromDescription();

        app.MapGet("/media/{sha256:length(64)}/{width:int}.{format}", async (string sha256, int width, string format, HttpContext http,
            PolicyLibraryDbContext db, IMediaStore store, MediaQueries media, CurrentActor current, CancellationToken ct) =>
        {
            var file = await db.MediaFiles.AsNoTracking().Include(m => m.Variants.Where(v => v.Width == width && v.Format == format))
                .FirstOrDefaultAsync(m => m.Sha256 == sha256, ct);
            if (file is not { Variants: [var variant] } || await AccessAsync(file, media, current, ct) is not { } cache
                || store.OpenRead(variant.Sha256) is not { } stream)
            {
                return Results.NotFound();
            }

            Harden(http, cache);
            return Results.Stream(stream, variant.ContentType, entityTag: new EntityTagHeaderValue($"\"{variant.Sha256}\""),
                enableRangeProcessing: true);
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>The Cache-Control to serve with, or null when this reader may not have the file.</summary>
    private static async Task<string?> AccessAsync(MediaFile file, MediaQueries media, CurrentActor current, CancellationToken ct)
    {
        if (await media.IsPublicAsync(file.Id, ct))
        {
            return Immutable;
        }

        if (await current.GetAsync(ct) is not { } actor)
        {
            return null;
        }

        return Permissions.ManageMedia(actor) is null || await media.IsStudiedByAsync(file, actor, ct) ? "private, no-store" : null;
    }

    private static void Harden(HttpContext http, string cacheControl)
    {
        http.Response.Headers.CacheControl = cacheControl;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = FilePolicy;
    }

    /// <summary>The uploader's name (already checked to be safe), with the stored file's real extension.</summary>
    private static string DownloadName(MediaFile file)
    {
        var name = file.OriginalName.Length > 0 ? file.OriginalName : file.FileName;
        var extension = Path.GetExtension(file.FileName);
        return name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? name : Path.GetFileNameWithoutExtension(name) + extension;
    }
}
