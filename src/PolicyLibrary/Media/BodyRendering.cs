using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;

namespace PolicyLibrary.Media;

/// <summary>
/// A body rendered with the library's files it names, as the public page shows it: used by the previews and by the
/// saves that do not go through <see cref="MediaUsageTracker"/> (lessons), so "公众页面将如此显示正文" is true.
/// </summary>
public sealed class BodyRendering(PolicyLibraryDbContext db)
{
    public async Task<string> HtmlAsync(string? markdown, bool figureList = false, CancellationToken ct = default) =>
        MarkdownRenderer.ToHtml(markdown ?? "", await MediaOfAsync(db, markdown, ct), figureList);

    /// <summary>The stored files a body names, with their variants; null when it names none.</summary>
    internal static async Task<Dictionary<string, MediaFile>?> MediaOfAsync(PolicyLibraryDbContext db, string? markdown, CancellationToken ct)
    {
        if (markdown is null || !markdown.Contains(MarkdownRenderer.MediaPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var names = MarkdownRenderer.MediaReferences(markdown);
        var files = await db.MediaFiles.AsNoTracking().Include(m => m.Variants).Include(m => m.Captions).Where(m => names.Contains(m.FileName))
            .ToDictionaryAsync(m => m.FileName, ct);
        return files.Count == 0 ? null : files;
    }
}
