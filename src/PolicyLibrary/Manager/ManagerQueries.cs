using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Calendar;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Manager;

/// <summary>The read side of the manager: dashboards, documents with their reviews and revisions, form choices.</summary>
public sealed class ManagerQueries(PolicyLibraryDbContext db, InterpretationDeadlines deadlines)
{
    public async Task<ManagerDashboard> DashboardAsync(Actor actor, CancellationToken ct = default)
    {
        var unitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == actor.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        IReadOnlyList<ManagerDocumentRow>? unitDocuments = null, queue = null;
        if (actor.Is(Roles.Drafter))
        {
            unitDocuments = await WithReturnsAsync(await Rows(db.Documents.Where(d => d.DraftingUnitId == actor.OrgUnitId)).ToListAsync(ct), ct);
        }

        if (actor.Is(Roles.Reviewer))
        {
            var me = actor.UserId;
            queue = await Rows(db.Documents.Where(d =>
                (d.Status == WorkflowStatus.InReview || d.Interpretations.Any(i => i.Status == WorkflowStatus.InReview))
                && (d.CreatedById == null || d.CreatedById != me)
                && !d.Interpretations.Any(i => i.Status == WorkflowStatus.InReview && i.CreatedById == me)
                && !db.Revisions.Any(r => r.DocumentId == d.Id && r.AuthorId == me))).ToListAsync(ct);
        }

        var owed = await deadlines.OwedAsync(null, ct);
        var missing = (await deadlines.MissingYearsAsync(ct)).Union(owed.Select(d => d.MissingYear).OfType<int>()).Order().ToList();
        var lastBackup = Permissions.Administer(actor) is not null ? null : await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditAction.BackupMade || e.Action == AuditAction.BackupFailed)
            .OrderByDescending(e => e.Id).Select(e => new BackupOutcome(e.Action == AuditAction.BackupMade, e.AtUtc, e.Detail))
            .FirstOrDefaultAsync(ct);
        return new ManagerDashboard(unitName, unitDocuments, queue, owed, missing, lastBackup);
    }

    public async Task<ManagerDocument?> DocumentAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (await RulesAsync(id, ct) is not { } document)
        {
            return null;
        }

        var interpretations = await db.Interpretations.AsNoTracking().Where(i => i.DocumentId == id).OrderBy(i => i.Id)
            .Select(i => new ManagerInterpretationRow(i.Id, i.Title, i.Form, i.Status, i.AuthorName)).ToListAsync(ct);
        var reviews = await db.ReviewRecords.AsNoTracking().Where(r => r.DocumentId == id).OrderBy(r => r.AtUtc).ThenBy(r => r.Id)
            .Select(r => new ReviewEntry(r.Decision, r.Scope, r.Comment, r.ReviewerName, r.AtUtc)).ToListAsync(ct);
        var replacedBy = document.ReplacedById is { } rid
            ? await db.Documents.AsNoTracking().Where(d => d.Id == rid).Select(d => d.Slug).FirstOrDefaultAsync(ct) : null;
        var isAuthor = document.CreatedById == actor.UserId
            || await db.Revisions.AnyAsync(r => r.DocumentId == id && r.AuthorId == actor.UserId, ct);
        return new ManagerDocument(document, DocumentInput.From(document), document.DraftingUnit?.Name ?? "",
            [.. document.CoIssuingUnits.Select(u => u.Name)], document.Category?.Name ?? "", replacedBy, interpretations, reviews,
            await HistoryAsync(RevisionSubject.Document, id, ct), isAuthor);
    }

    public async Task<ManagerInterpretation?> InterpretationAsync(int id, CancellationToken ct = default)
    {
        var interpretation = await db.Interpretations.AsNoTracking()
            .Include(i => i.InterpretingUnit)
            .Include(i => i.Document).ThenInclude(d => d!.DraftingUnit)
            .Include(i => i.Document).ThenInclude(d => d!.CoIssuingUnits)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        return interpretation is null ? null
            : new ManagerInterpretation(interpretation, InterpretationInput.From(interpretation), interpretation.InterpretingUnit?.Name ?? "",
                await HistoryAsync(RevisionSubject.Interpretation, id, ct));
    }

    /// <summary>A document with what the permission rules look at (drafting and co-issuing units), not tracked.</summary>
    public Task<Document?> RulesAsync(int id, CancellationToken ct = default) => db.Documents.AsNoTracking()
        .Include(d => d.DraftingUnit).Include(d => d.Category).Include(d => d.CoIssuingUnits)
        .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The input saved as revision <paramref name="number"/>, or null when there is no such revision.</summary>
    public async Task<T?> SnapshotAsync<T>(RevisionSubject subject, int subjectId, int number, CancellationToken ct = default) where T : class =>
        await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Subject == subject && r.SubjectId == subjectId && r.Number == number, ct) is { } revision
            ? RevisionLog.Read<T>(revision) : null;

    /// <summary>The categories a document may be filed under: those in use, and the one it already has even if hidden since.</summary>
    public async Task<IReadOnlyList<Choice>> CategoriesAsync(string? current = null, CancellationToken ct = default) =>
        await db.Categories.AsNoTracking().Where(c => !c.IsHidden || c.Code == current).OrderBy(c => c.SortOrder)
            .Select(c => new Choice(c.Code, c.Name)).ToListAsync(ct);

    public Task<OrgUnit?> OrgUnitAsync(int id, CancellationToken ct = default) =>
        db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);

    public async Task<IReadOnlyList<Choice>> OrgUnitsAsync(CancellationToken ct = default) =>
        await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new Choice(u.Code, u.Name)).ToListAsync(ct);

    private async Task<IReadOnlyList<RevisionEntry>> HistoryAsync(RevisionSubject subject, int id, CancellationToken ct) =>
        await db.Revisions.AsNoTracking().Where(r => r.Subject == subject && r.SubjectId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionEntry(r.Number, r.Note, r.AuthorName, r.AtUtc)).ToListAsync(ct);

    /// <summary>Marks the drafts a reviewer returned (已退回) with that review, so the dashboard shows the comment.</summary>
    private async Task<IReadOnlyList<ManagerDocumentRow>> WithReturnsAsync(List<ManagerDocumentRow> rows, CancellationToken ct)
    {
        var drafts = rows.Where(r => r.Status == WorkflowStatus.Draft).Select(r => r.Id).ToList();
        var reviews = (await db.ReviewRecords.AsNoTracking().Where(r => drafts.Contains(r.DocumentId))
            .Select(r => new { r.DocumentId, Entry = new ReviewEntry(r.Decision, r.Scope, r.Comment, r.ReviewerName, r.AtUtc) }).ToListAsync(ct))
            .ToLookup(r => r.DocumentId, r => r.Entry);
        return [.. rows.Select(r => ReviewEntry.ReturnedDraft(r.Status, reviews[r.Id]) is { } returned ? r with { Returned = returned } : r)];
    }

    private static IQueryable<ManagerDocumentRow> Rows(IQueryable<Document> documents) => documents
        .OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Id)
        .Select(d => new ManagerDocumentRow(d.Id, d.Title, d.DocumentNumber, d.Kind, d.Status, d.DraftingUnit!.Name, d.UpdatedAtUtc,
            d.Interpretations.Count(i => i.Status == WorkflowStatus.InReview)));
}
