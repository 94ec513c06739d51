using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;

namespace PolicyLibrary.Media;

/// <summary>
/// A 图解's images in order, read from its Markdown (<c>![alt](media/x.png "caption")</c>): the body stays the one
/// source, readable in content/, and the API gets the same sequence the page shows.
/// </summary>
public static class FigureList
{
    public static async Task<IReadOnlyList<Figure>> ReadAsync(PolicyLibraryDbContext db, string markdown, CancellationToken ct = default)
    {
        var images = MarkdownRenderer.MediaImages(markdown);
        if (images.Count == 0)
        {
            return [];
        }

        var names = images.Select(i => i.FileName).Distinct().ToList();
        var files = await db.MediaFiles.AsNoTracking().Include(m => m.Variants)
            .Where(m => names.Contains(m.FileName)).ToDictionaryAsync(m => m.FileName, ct);
        return [.. images.Select((image, index) => FigureOf(index + 1, image, files.GetValueOrDefault(image.FileName)))];
    }

    private static Figure FigureOf(int number, MarkdownImage image, MediaFile? file)
    {
        var caption = image.Title.Length > 0 ? image.Title : file?.Caption ?? "";
        if (file is null)
        {
            return new Figure(number, MediaUrls.Original(image.FileName), null, null, image.AltText, caption, []);
        }

        var sources = file.Variants.OrderBy(v => v.Format).ThenBy(v => v.Width)
            .Select(v => new FigureSource(MediaUrls.Variant(file.Sha256, v.Width, v.Format), v.Width, v.Height, v.ContentType)).ToList();
        var fallback = file.Variants.Where(v => v.Format == "jpg" && v.Width <= 960).MaxBy(v => v.Width);
        return fallback is null
            ? new Figure(number, MediaUrls.Original(file.FileName), file.Width, file.Height, image.AltText, caption, sources)
            : new Figure(number, MediaUrls.Variant(file.Sha256, fallback.Width, "jpg"), fallback.Width, fallback.Height, image.AltText, caption, sources);
    }
}
