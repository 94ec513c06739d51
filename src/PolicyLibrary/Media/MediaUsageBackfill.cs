using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;

namespace PolicyLibrary.Media;

/// <summary>
/// After an upgrade from before media usage was recorded, the stored bodies that refer to <c>media/…</c> are saved once
/// more, so <see cref="MediaUsageTracker"/> records their usage (and renders their pictures) and their files are served
/// again. Runs at start-up and does nothing once any usage row exists, or while there are no files.
/// </summary>
public static class MediaUsageBackfill
{
    public static async Task<int> RunAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        // Without files nothing can be in use; with usage rows the upgrade is done. Either way no body is scanned.
        if (!await db.MediaFiles.AnyAsync(ct) || await db.MediaUsages.AnyAsync(ct))
        {
            return 0;
        }

        var documents = await db.Documents.Where(d => d.BodyMarkdown.Contains(MarkdownRenderer.MediaPrefix)).ToListAsync(ct);
        var interpretations = await db.Interpretations.Where(i => i.BodyMarkdown.Contains(MarkdownRenderer.MediaPrefix)).ToListAsync(ct);
        foreach (var document in documents)
        {
            db.Entry(document).Property(d => d.BodyMarkdown).IsModified = true;
        }

        foreach (var interpretation in interpretations)
        {
            db.Entry(interpretation).Property(i => i.BodyMarkdown).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return documents.Count + interpretations.Count;
    }
}
