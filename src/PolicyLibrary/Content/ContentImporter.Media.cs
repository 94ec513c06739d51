using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Media;

namespace PolicyLibrary.Content;

public sealed partial class ContentImporter
{
    private async Task ImportMediaAsync(ContentSet set, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.MediaFiles.Include(m => m.Variants).ToDictionaryAsync(m => m.FileName, ct);
        var processor = new ImageProcessor(mediaOptions ?? new MediaOptions());
        foreach (var (file, path) in set.Media)
        {
            // The file itself is kept byte for byte (export gives it back unchanged); images also get variants.
            var bytes = await File.ReadAllBytesAsync(path, ct);
            var name = Path.GetFileName(path);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            ProcessedImage? image = null;
            if (!MediaTypes.IsAccepted(extension))
            {
                errors.Add(new ContentError(file, $"不接受扩展名为“{extension}”的媒体文件（SVG 等可含脚本的格式不接受）。"));
                continue;
            }

            if (!MediaTypes.IsImage(extension) && AttachmentCheck.Problem(bytes, extension) is { } wrong)
            {
                errors.Add(new ContentError(file, wrong));
                continue;
            }

            if (MediaTypes.IsImage(extension))
            {
                (image, var problem) = processor.Process(bytes, extension);
                if (problem is not null)
                {
                    errors.Add(new ContentError(file, problem));
                    continue;
                }
            }

            var sha = await mediaStore.SaveAsync(new MemoryStream(bytes), ct);
            var added = !existing.TryGetValue(name, out var media);
            media ??= db.MediaFiles.Add(new MediaFile
            {
                FileName = name,
                Sha256 = sha,
                ContentType = MediaTypes.Of(name),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                OriginalName = name,
            }).Entity;
            var changed = media.Sha256 != sha || (image is not null && media.Variants.Count == 0);
            (media.Sha256, media.ContentType, media.Length) = (sha, MediaTypes.Of(name), bytes.Length);
            (media.Kind, media.Width, media.Height) = (MediaTypes.KindOf(extension), image?.Width, image?.Height);
            if (changed && image is not null)
            {
                media.Variants.Clear();
                foreach (var v in image.Variants)
                {
                    var hash = await mediaStore.SaveAsync(new MemoryStream(v.Bytes), ct);
                    media.Variants.Add(new MediaVariant { Width = v.Width, Height = v.Height, Format = v.Format, Sha256 = hash, Length = v.Bytes.Length });
                }
            }

            report.Count("媒体", added, IsModified(media));
        }
    }
}
