using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;

namespace PolicyLibrary.Review;

/// <summary>
/// What a change that lost a race is told: nothing of it was written, and what the change that won did instead, from
/// the document's newest audit event and its state now.
/// </summary>
public static class Overtaken
{
    public static async Task<Outcome> OutcomeAsync(PolicyLibraryDbContext db, int documentId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.Title, d.Status }).FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return Outcome.NotFound();
        }

        var last = await db.AuditEvents.AsNoTracking()
            .Where(e => e.DocumentId == documentId && e.Action != AuditAction.Refused)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var winner = last is null ? "其他人已修改该文件"
            : $"{last.ActorName}已于 {ChinaTime.ClockWithSeconds(last.AtUtc)}{EnumLabels<AuditAction>.Of(last.Action)}";
        return Outcome.Conflict(
            $"操作未执行：在此期间，{winner}，《{document.Title}》现为“{EnumLabels<WorkflowStatus>.Of(document.Status)}”。请刷新页面，确认后再操作。");
    }
}
