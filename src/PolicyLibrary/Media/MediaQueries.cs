using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Media;

/// <summary>Reads of the library: the manager's list and "where used", and the one rule for what the public may fetch.</summary>
public sealed class MediaQueries(PolicyLibraryDbContext db, TimeProvider clock)
{
    public const int PageSize = 60;

    public async Task<IReadOnlyList<MediaRow>> ListAsync(string? search, MediaKind? kind = null, CancellationToken ct = default)
    {
        var query = db.MediaFiles.AsNoTracking().Where(m => kind == null || m.Kind == kind);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(m => m.OriginalName.Contains(term) || m.FileName.Contains(term) || m.AltText.Contains(term) || m.Caption.Contains(term));
        }

        return await query.OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id).Take(PageSize)
            .Select(m => new MediaRow(m.Id, m.FileName, m.OriginalName, m.Kind, m.ContentType, m.Length, m.Width, m.Height,
                m.AltText, m.Caption, m.UploadedByName, m.CreatedAtUtc, m.Usages.Count, m.Sha256,
                m.Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).Select(v => (int?)v.Width).FirstOrDefault(),
                m.Variants.Where(v => v.Format == "jpg" && v.Width <= 960).OrderByDescending(v => v.Width).Select(v => (int?)v.Width).FirstOrDefault(), m.CaptionsId))
            .ToListAsync(ct);
    }

    public async Task<MediaRow?> FindAsync(int id, CancellationToken ct = default) =>
        (await db.MediaFiles.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new MediaRow(m.Id, m.FileName, m.OriginalName, m.Kind, m.ContentType, m.Length, m.Width, m.Height,
                m.AltText, m.Caption, m.UploadedByName, m.CreatedAtUtc, m.Usages.Count, m.Sha256,
                m.Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).Select(v => (int?)v.Width).FirstOrDefault(),
                m.Variants.Where(v => v.Format == "jpg" && v.Width <= 960).OrderByDescending(v => v.Width).Select(v => (int?)v.Width).FirstOrDefault(), m.CaptionsId))
            .ToListAsync(ct)).FirstOrDefault();

    public async Task<IReadOnlyList<MediaUse>> WhereUsedAsync(int id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var publicDocuments = db.Documents.WherePublic(now).Select(d => d.Id);
        var publicInterpretations = db.Interpretations.WherePublic(db.Documents, now).Select(i => i.Id);
        var documents = await db.MediaUsages.AsNoTracking().Where(u => u.MediaFileId == id && u.Document != null)
            .Select(u => new MediaUse("文件", u.Document!.Id, null, u.Document.Title, publicDocuments.Contains(u.Document.Id)))
            .ToListAsync(ct);
        var interpretations = await db.MediaUsages.AsNoTracking().Where(u => u.MediaFileId == id && u.Interpretation != null)
            .Select(u => new MediaUse("解读", u.Interpretation!.DocumentId, u.Interpretation.Id, u.Interpretation.Title, publicInterpretations.Contains(u.Interpretation.Id)))
            .ToListAsync(ct);
        return [.. documents, .. interpretations];
    }

    /// <summary>
    /// Whether anyone may fetch the file: it is used by a document or interpretation the public can see
    /// (<see cref="PublicVisibility"/>). A file used only by drafts, reviews or 依申请公开 documents is not.
    /// </summary>
    public Task<bool> IsPublicAsync(int mediaFileId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var publicDocuments = db.Documents.WherePublic(now).Select(d => d.Id);
        var publicInterpretations = db.Interpretations.WherePublic(db.Documents, now).Select(i => i.Id);
        return db.MediaUsages.AnyAsync(u => u.MediaFileId == mediaFileId
            && ((u.DocumentId != null && publicDocuments.Contains(u.DocumentId.Value))
                || (u.InterpretationId != null && publicInterpretations.Contains(u.InterpretationId.Value))), ct);
    }

    /// <summary>
    /// Whether the actor may fetch a file as part of their training: a lesson of a module they may study shows it, or
    /// the module offers it as an attachment (<see cref="Permissions.Study"/>). Never for anonymous readers, and served
    /// privately: modules are not public.
    /// </summary>
    public async Task<bool> IsStudiedByAsync(MediaFile file, Actor actor, CancellationToken ct = default)
    {
        var name = file.FileName;
        var reference = MarkdownRenderer.MediaPrefix + name;
        var modules = await db.TrainingModules.AsNoTracking().Include(m => m.AudienceUnits).Include(m => m.Lessons)
            .Where(m => m.Attachments.Contains(name) || m.Lessons.Any(l => l.BodyMarkdown.Contains(reference)))
            .ToListAsync(ct);

        // The text search finds candidates; the Markdown decides (media/a.png is not media/a.png.bak).
        return modules.Any(m => Permissions.Study(actor, m) is null
            && (m.Attachments.Contains(name) || m.Lessons.Any(l => MarkdownRenderer.MediaReferences(l.BodyMarkdown).Contains(name))));
    }
}
