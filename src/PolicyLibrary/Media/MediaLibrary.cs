using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Media;

/// <summary>
/// Uploads, edits and deletes library files. An upload is checked completely (name, size, content) before a byte is
/// stored, so a refused file leaves nothing behind; an accepted one is stored by hash, with its variants.
/// </summary>
public sealed class MediaLibrary(PolicyLibraryDbContext db, IMediaStore store, MediaOptions options, TimeProvider clock)
{
    public const int MaxAltText = 300;
    public const int MaxCaption = 200;

    public async Task<UploadResult> UploadAsync(Actor actor, string? fileName, Stream content, CancellationToken ct = default)
    {
        // Echoed back in the results: hidden characters shown as �, so an RTL override cannot reorder the message.
        var shown = new string([.. (fileName ?? "").Take(60).Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '\uFFFD' : c)])
            + ((fileName ?? "").Length > 60 ? "…" : "");
        if (Permissions.ManageMedia(actor) is { } refusal)
        {
            return UploadResult.Refused(shown, refusal);
        }

        var (name, nameProblem) = UploadedName.Check(fileName);
        if (name is null)
        {
            return UploadResult.Refused(shown, nameProblem!);
        }

        var limit = options.MaxBytesOf(name.Extension);
        var bytes = await ReadUpToAsync(content, limit + 1, ct);
        if (bytes.Length == 0)
        {
            return UploadResult.Refused(name.DisplayName, "文件为空（0 字节）。");
        }

        if (bytes.Length > limit)
        {
            return UploadResult.Refused(name.DisplayName, $"文件过大，{(MediaTypes.IsImage(name.Extension) ? "图片" : MediaTypes.IsAudioOrVideo(name.Extension) ? "音视频" : "附件")}不能超过 {limit / 1024 / 1024} MB。");
        }

        ProcessedImage? image = null;
        if (MediaTypes.IsImage(name.Extension))
        {
            (image, var problem) = new ImageProcessor(options).Process(bytes, name.Extension);
            if (image is null)
            {
                return UploadResult.Refused(name.DisplayName, problem!);
            }
        }
        else if (AttachmentCheck.Problem(bytes, name.Extension) is { } problem)
        {
            return UploadResult.Refused(name.DisplayName, problem);
        }

        var master = image?.Master ?? bytes;
        var sha = Convert.ToHexStringLower(SHA256.HashData(master));
        if (await db.MediaFiles.FirstOrDefaultAsync(m => m.Sha256 == sha, ct) is { } existing)
        {
            return new UploadResult(name.DisplayName, existing, null, AlreadyStored: true);
        }

        var extension = image?.Extension ?? name.Extension;
        var file = new MediaFile
        {
            FileName = $"{sha[..16]}{extension}",
            Sha256 = await store.SaveAsync(new MemoryStream(master), ct),
            ContentType = image?.ContentType ?? MediaTypes.Of(name.DisplayName),
            Length = master.Length,
            Kind = MediaTypes.KindOf(extension),
            OriginalName = name.DisplayName,
            Width = image?.Width,
            Height = image?.Height,
            UploadedById = actor.UserId,
            UploadedByName = actor.DisplayName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var variant in image?.Variants ?? [])
        {
            file.Variants.Add(new MediaVariant
            {
                Width = variant.Width,
                Height = variant.Height,
                Format = variant.Format,
                Sha256 = await store.SaveAsync(new MemoryStream(variant.Bytes), ct),
                Length = variant.Bytes.Length,
            });
        }

        db.MediaFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return new UploadResult(name.DisplayName, file, null);
    }

    /// <summary>Saves the alt text and caption; refused, missing or invalid with the Chinese reason.</summary>
    public async Task<Outcome> DescribeAsync(Actor actor, int id, string? altText, string? caption, int? captionsId = null, CancellationToken ct = default)
    {
        if (Permissions.ManageMedia(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await db.MediaFiles.FindAsync([id], ct) is not { } file)
        {
            return Outcome.NotFound("媒体文件");
        }

        altText = (altText ?? "").Trim();
        caption = (caption ?? "").Trim();
        if (file.Kind == MediaKind.Image && altText.Length == 0)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["AltText"] = "请填写替代文本：用一句话说明图片的内容，供读屏软件朗读。" });
        }

        if (altText.Length > MaxAltText || caption.Length > MaxCaption)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["AltText"] = $"替代文本不能超过 {MaxAltText} 字，图片说明不能超过 {MaxCaption} 字。" });
        }

        if (captionsId is not null && (file.Kind is not (MediaKind.Audio or MediaKind.Video)
            || !await db.MediaFiles.AnyAsync(m => m.Id == captionsId && m.Kind == MediaKind.Captions, ct)))
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["CaptionsId"] = "字幕只能是媒体库中的 WebVTT（.vtt）文件，且只能用于音频或视频。" });
        }

        (file.AltText, file.Caption) = (altText, caption);
        if (file.Kind is MediaKind.Audio or MediaKind.Video)
        {
            file.CaptionsId = captionsId;
        }

        // Bodies that show the file without a caption of their own take the library's: render them again with it.
        var users = await db.MediaUsages.Where(u => u.MediaFileId == id).Select(u => new { u.Document, u.Interpretation }).ToListAsync(ct);
        foreach (var body in users.Select(u => (object?)u.Document ?? u.Interpretation).OfType<object>())
        {
            db.Entry(body).Property(nameof(Documents.Document.BodyHtml)).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
        var reference = Content.MarkdownRenderer.MediaPrefix + file.FileName;
        var rendering = new BodyRendering(db);
        foreach (var lesson in await db.Lessons.Where(l => l.BodyMarkdown.Contains(reference)).ToListAsync(ct))
        {
            lesson.BodyHtml = await rendering.HtmlAsync(lesson.BodyMarkdown, ct: ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(id, "已保存替代文本和图片说明。");
    }

    /// <summary>Deletes an unused file; a file still used by a body is never deleted (a conflict with the reason).</summary>
    public async Task<Outcome> DeleteAsync(Actor actor, int id, CancellationToken ct = default)
    {
        if (Permissions.ManageMedia(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await db.MediaFiles.Include(m => m.Variants).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } file)
        {
            return Outcome.NotFound("媒体文件");
        }

        var uses = await db.MediaUsages.CountAsync(u => u.MediaFileId == id, ct);
        if (uses > 0)
        {
            return Outcome.Conflict($"“{file.OriginalName}”正在被 {uses} 篇文件或解读使用，不能删除。请先从正文中移除对它的引用。");
        }

        var hashes = file.Variants.Select(v => v.Sha256).Append(file.Sha256).ToList();
        db.MediaFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        foreach (var hash in hashes)
        {
            if (!await db.MediaFiles.AnyAsync(m => m.Sha256 == hash, ct) && !await db.MediaVariants.AnyAsync(v => v.Sha256 == hash, ct))
            {
                store.Delete(hash);
            }
        }

        return Outcome.Done(id, "已删除媒体文件。");
    }

    private static async Task<byte[]> ReadUpToAsync(Stream content, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < max && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
