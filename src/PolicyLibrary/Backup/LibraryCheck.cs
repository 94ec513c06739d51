using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Media;
using PolicyLibrary.Review;

namespace PolicyLibrary.Backup;

/// <summary>The library's own invariants, beyond what the database checks: what an operator runs after a crash or a restore.</summary>
public sealed class LibraryCheck(PolicyLibraryDbContext db, IMediaStore media)
{
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken ct = default)
    {
        var problems = new List<string>();

        // An interpretation goes public with its document or after it, never on its own.
        var orphans = await db.Interpretations.AsNoTracking()
            .Where(i => i.Status == WorkflowStatus.Published
                && i.Document!.Status != WorkflowStatus.Published && i.Document.Status != WorkflowStatus.Withdrawn)
            .Select(i => new { i.Slug, DocumentSlug = i.Document!.Slug }).ToListAsync(ct);
        problems.AddRange(orphans.Select(o => $"解读 {o.Slug} 已发布，但其文件 {o.DocumentSlug} 从未发布。"));

        var early = await db.Interpretations.AsNoTracking()
            .Where(i => i.Status == WorkflowStatus.Published && i.PublishedAtUtc < i.Document!.PublishedAtUtc)
            .Select(i => i.Slug).ToListAsync(ct);
        problems.AddRange(early.Select(slug => $"解读 {slug} 的发布时间早于其文件。"));

        // Every stored file a row names is in the store.
        var files = await db.MediaFiles.AsNoTracking().Select(m => new { Name = m.FileName, m.Sha256 }).ToListAsync(ct);
        var variants = await db.MediaVariants.AsNoTracking().Select(v => new { Name = $"缩放图 {v.Width}×{v.Height}", v.Sha256 }).ToListAsync(ct);
        foreach (var file in files.Concat(variants))
        {
            await using var stream = media.OpenRead(file.Sha256);
            if (stream is null)
            {
                problems.Add($"媒体文件 {file.Name}（{file.Sha256[..12]}…）在存储中不存在。");
            }
        }

        return problems;
    }
}
