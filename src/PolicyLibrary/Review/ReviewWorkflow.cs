using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Review;

/// <summary>
/// Draft → InReview → Approved → Published → Withdrawn. A document goes to review together with its draft
/// interpretations (同步审签); the reviewer decides on the whole packet, and what is approved publishes together.
/// </summary>
public sealed class ReviewWorkflow(PolicyLibraryDbContext db, AuditLog audit, IOptions<ReviewOptions> options, TimeProvider clock)
{
    /// <summary>The key of a submission's unmet rule in <see cref="Outcome.Errors"/>.</summary>
    public const string SubmitField = "Submit";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome> SubmitAsync(Actor actor, int documentId, CancellationToken ct = default)
    {
        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return Outcome.NotFound();
        }

        if (Permissions.Submit(actor, document) is { } refusal)
        {
            return await RefuseAsync(actor, refusal, document, ct);
        }

        var drafts = document.Interpretations.Where(i => i.Status == WorkflowStatus.Draft).ToList();
        var republish = document.Status == WorkflowStatus.Withdrawn;
        if (document.Status is WorkflowStatus.Draft or WorkflowStatus.Withdrawn)
        {
            // A withdrawn document comes back with the interpretations it was published with.
            if (options.Value.RequiresInterpretation(document.Kind) && drafts.Count == 0 && !(republish && document.Interpretations.Count > 0)
                && (document.PlannedInterpretationForm is null || document.PlannedInterpretationDueOn is null))
            {
                // A rule the drafter can meet, not a permission: said with the way forward, on the document's page.
                return Outcome.Invalid(new Dictionary<string, string>
                {
                    [SubmitField] = $"{EnumLabels<DocumentKind>.Of(document.Kind)}须与其解读同步报送审核（同步审签）：请先撰写解读，或在文件中填写解读方案（解读形式和完成日期）。",
                });
            }

            if (DocumentRules.Problems(document).FirstOrDefault() is { } problem)
            {
                return Outcome.Invalid(new Dictionary<string, string> { [SubmitField] = problem });
            }

            document.Status = WorkflowStatus.InReview;
        }
        else if (document.Status != WorkflowStatus.Published || drafts.Count == 0)
        {
            return Outcome.Refused($"文件处于“{EnumLabels<WorkflowStatus>.Of(document.Status)}”状态，没有可以提交审核的内容。");
        }

        drafts.ForEach(i => i.Status = WorkflowStatus.InReview);
        if (republish)
        {
            // A withdrawn document comes back only through the 保密审查 again, as a new decision on the record.
            audit.Record(actor, AuditAction.Resubmitted, $"撤回后重新提交审核：《{document.Title}》", document.Id);
            return await CommitAsync(document.Id, "已重新提交审核；审核通过后将重新发布。", ct);
        }

        audit.Record(actor, AuditAction.Submitted, $"提交审核：《{document.Title}》" + (drafts.Count > 0 ? $"及解读 {drafts.Count} 篇" : "（附解读方案）"), document.Id);
        return await CommitAsync(document.Id, "已提交审核。", ct);
    }

    /// <summary>
    /// Approves the packet in review. Approved for now, it is published in the same change, by the reviewer; approved
    /// for <paramref name="publishAtUtc"/>, the scheduled publisher publishes it then.
    /// </summary>
    public async Task<Outcome> ApproveAsync(Actor actor, int documentId, string? comment, DateTime? publishAtUtc, CancellationToken ct = default)
    {
        if (await PacketAsync(actor, documentId, ct) is not ({ } document, { } interpretations))
        {
            return await PacketRefusalAsync(actor, documentId, ct);
        }

        var now = Now;
        var publishAt = publishAtUtc is { } at && at > now ? at : now;
        var scope = Scope(document, interpretations);
        Record(actor, document, ReviewDecision.Approved, string.IsNullOrWhiteSpace(comment) ? "同意发布。" : comment.Trim(), scope);
        if (document.Status == WorkflowStatus.InReview)
        {
            document.Status = WorkflowStatus.Approved;
            document.ScheduledPublishAtUtc = publishAt;
        }

        foreach (var interpretation in interpretations)
        {
            interpretation.Status = WorkflowStatus.Approved;
            interpretation.ScheduledPublishAtUtc = publishAt;
        }

        audit.Record(actor, AuditAction.Approved, $"审核通过{scope}：《{document.Title}》，发布时间 {ChinaTime.Time(publishAt)}", document.Id);
        if (publishAt > now)
        {
            return await CommitAsync(document.Id, $"审核通过，将于 {ChinaTime.Time(publishAt)} 发布。", ct);
        }

        Publish(actor, document, now);
        return await CommitAsync(document.Id, "审核通过，已发布。", ct);
    }

    public async Task<Outcome> RejectAsync(Actor actor, int documentId, string? comment, CancellationToken ct = default)
    {
        if (Permissions.Review(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (string.IsNullOrWhiteSpace(comment) || comment.Length > 2000)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Comment"] = "退回修改必须填写审核意见（2000 字以内）。" });
        }

        if (await PacketAsync(actor, documentId, ct) is not ({ } document, { } interpretations))
        {
            return await PacketRefusalAsync(actor, documentId, ct);
        }

        var scope = Scope(document, interpretations);
        Record(actor, document, ReviewDecision.Rejected, comment.Trim(), scope);
        if (document.Status == WorkflowStatus.InReview)
        {
            document.Status = WorkflowStatus.Draft;
        }

        interpretations.ForEach(i => i.Status = WorkflowStatus.Draft);
        audit.Record(actor, AuditAction.Rejected, $"退回修改{scope}：《{document.Title}》。意见：{comment.Trim()}", document.Id);
        return await CommitAsync(document.Id, "已退回起草单位修改。", ct);
    }

    /// <summary>Approved and due by now: what <see cref="PublishDueAsync"/> takes, every 30 s (a partial index serves it).</summary>
    internal static IQueryable<Document> Due(IQueryable<Document> documents, DateTime now) =>
        documents.Where(d => d.Status == WorkflowStatus.Approved && d.ScheduledPublishAtUtc <= now);

    internal static IQueryable<Interpretation> Due(IQueryable<Interpretation> interpretations, DateTime now) =>
        interpretations.Where(i => i.Status == WorkflowStatus.Approved && i.ScheduledPublishAtUtc <= now);

    /// <summary>
    /// Publishes what was approved for now or earlier, as <c>定时发布</c>; run by the hosted publishing service. Each
    /// document is one change with the interpretations due with it. A packet that another process, a withdrawal or an
    /// edit changed since it was read is not written (its version no longer matches) and is looked at again next time.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = Now;
        var ids = await Due(db.Documents, now).Select(d => d.Id)
            .Union(Due(db.Interpretations, now)
                .Where(i => i.Document!.Status == WorkflowStatus.Published || i.Document.Status == WorkflowStatus.Approved)
                .Select(i => i.DocumentId))
            .ToListAsync(ct);
        var published = 0;
        foreach (var id in ids)
        {
            var document = await db.Documents.Include(d => d.Interpretations).FirstAsync(d => d.Id == id, ct);
            var count = Publish(SystemActor, document, now);
            try
            {
                await db.SaveChangesAsync(ct);
                published += count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else changed the packet first (published, withdrew, edited): theirs stands.
            }

            db.ChangeTracker.Clear();
        }

        return published;
    }

    /// <summary>
    /// Publishes the document if it is approved and due, then its approved, due interpretations if the document is
    /// public by then (never before it): one 发布 event each. Returns how many items it published.
    /// </summary>
    private int Publish(Actor actor, Document document, DateTime now)
    {
        var published = 0;
        if (document.Status == WorkflowStatus.Approved && document.ScheduledPublishAtUtc <= now)
        {
            document.Status = WorkflowStatus.Published;
            document.PublishedAtUtc = document.ScheduledPublishAtUtc;
            document.ScheduledPublishAtUtc = null;
            audit.Record(actor, AuditAction.Published, $"发布《{document.Title}》", document.Id);
            published++;
        }

        if (document.Status != WorkflowStatus.Published)
        {
            return published;
        }

        foreach (var interpretation in document.Interpretations.Where(i => i.Status == WorkflowStatus.Approved && i.ScheduledPublishAtUtc <= now))
        {
            interpretation.Status = WorkflowStatus.Published;
            interpretation.PublishedAtUtc = interpretation.ScheduledPublishAtUtc;
            interpretation.ScheduledPublishAtUtc = null;
            audit.Record(actor, AuditAction.Published, $"发布解读《{interpretation.Title}》", document.Id);
            published++;
        }

        return published;
    }

    /// <summary>
    /// Moves a scheduled publication to <paramref name="publishAtUtc"/>, or with null cancels it: the packet goes back to
    /// 审核中 for a new decision. Only before it falls due; a race with the scheduler is settled by the row's version.
    /// </summary>
    public async Task<Outcome> RescheduleAsync(Actor actor, int documentId, DateTime? publishAtUtc, CancellationToken ct = default)
    {
        if (Permissions.Review(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return Outcome.NotFound();
        }

        var now = Now;
        if (document.Status != WorkflowStatus.Approved || document.ScheduledPublishAtUtc is not { } due || due <= now)
        {
            return Outcome.Refused("只有尚未到发布时间的定时发布可以更改或取消。");
        }

        if (publishAtUtc is { } at && at <= now)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["PublishAt"] = "新的发布时间必须晚于现在（北京时间）。" });
        }

        var scheduled = document.Interpretations.Where(i => i.Status == WorkflowStatus.Approved && i.ScheduledPublishAtUtc == due).ToList();
        if (publishAtUtc is { } later)
        {
            document.ScheduledPublishAtUtc = later;
            scheduled.ForEach(i => i.ScheduledPublishAtUtc = later);
            audit.Record(actor, AuditAction.ScheduleChanged,
                $"《{document.Title}》定时发布由 {ChinaTime.Time(due)} 改为 {ChinaTime.Time(later)}", document.Id);
            return await CommitAsync(document.Id, $"定时发布已改为 {ChinaTime.Time(later)}（北京时间）。", ct);
        }

        (document.Status, document.ScheduledPublishAtUtc) = (WorkflowStatus.InReview, null);
        scheduled.ForEach(i => (i.Status, i.ScheduledPublishAtUtc) = (WorkflowStatus.InReview, null));
        audit.Record(actor, AuditAction.ScheduleChanged, $"取消《{document.Title}》{ChinaTime.Time(due)} 的定时发布，退回审核中", document.Id);
        return await CommitAsync(document.Id, "已取消定时发布，文件回到审核中。", ct);
    }

    public async Task<Outcome> WithdrawAsync(Actor actor, int documentId, string? reason, CancellationToken ct = default)
    {
        if (Permissions.Withdraw(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Reason"] = "撤回必须说明理由（500 字以内）。" });
        }

        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return Outcome.NotFound();
        }

        if (document.Status is not (WorkflowStatus.Published or WorkflowStatus.Approved))
        {
            return Outcome.Refused("只有已发布或待发布的文件可以撤回。");
        }

        document.Status = WorkflowStatus.Withdrawn;
        document.ScheduledPublishAtUtc = null;
        audit.Record(actor, AuditAction.Withdrawn, $"撤回《{document.Title}》。理由：{reason.Trim()}", document.Id);
        return await CommitAsync(document.Id, "已撤回，公众页面不再显示该文件及其解读。", ct);
    }

    /// <summary>The scheduled publisher, as the audit log names it; only it publishes as 定时发布.</summary>
    private static readonly Actor SystemActor = new("", "定时发布", 0, new HashSet<string>());

    /// <summary>Writes the transition; if the rows changed since they were read, nothing is written and the caller is told what happened instead.</summary>
    private async Task<Outcome> CommitAsync(int documentId, string done, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Done(documentId, done);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await Overtaken.OutcomeAsync(db, documentId, ct);
        }
    }

    private Task<Document?> LoadAsync(int id, CancellationToken ct) => db.Documents
        .Include(d => d.DraftingUnit).Include(d => d.CoIssuingUnits).Include(d => d.Interpretations)
        .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The document and interpretations in review that this reviewer may decide on, or null.</summary>
    private async Task<(Document, List<Interpretation>)?> PacketAsync(Actor actor, int documentId, CancellationToken ct)
    {
        if (Permissions.Review(actor) is not null || await LoadAsync(documentId, ct) is not { } document)
        {
            return null;
        }

        var interpretations = document.Interpretations.Where(i => i.Status == WorkflowStatus.InReview).ToList();
        if (document.Status != WorkflowStatus.InReview && interpretations.Count == 0)
        {
            return null;
        }

        return await IsAuthorAsync(actor, document, interpretations, ct) ? null : (document, interpretations);
    }

    private async Task<Outcome> PacketRefusalAsync(Actor actor, int documentId, CancellationToken ct)
    {
        if (Permissions.Review(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await LoadAsync(documentId, ct) is not { } document)
        {
            return Outcome.NotFound();
        }

        var interpretations = document.Interpretations.Where(i => i.Status == WorkflowStatus.InReview).ToList();
        return document.Status != WorkflowStatus.InReview && interpretations.Count == 0
            ? Outcome.Refused("该文件没有待审核的内容。")
            : await RefuseAsync(actor, "不能审核自己起草或修改过的文件和解读（审核与起草须由不同人员承担）。", document, ct);
    }

    /// <summary>Whether the reviewer created or edited anything in the packet: nobody approves their own draft.</summary>
    private async Task<bool> IsAuthorAsync(Actor actor, Document document, List<Interpretation> interpretations, CancellationToken ct) =>
        document.CreatedById == actor.UserId
        || interpretations.Any(i => i.CreatedById == actor.UserId)
        || await db.Revisions.AnyAsync(r => r.DocumentId == document.Id && r.AuthorId == actor.UserId, ct);

    private static string Scope(Document document, List<Interpretation> interpretations) =>
        document.Status == WorkflowStatus.InReview ? (interpretations.Count > 0 ? "文件及解读" : "文件（附解读方案）") : "解读";

    private void Record(Actor actor, Document document, ReviewDecision decision, string comment, string scope) =>
        db.ReviewRecords.Add(new ReviewRecord
        {
            DocumentId = document.Id,
            ReviewerId = actor.UserId,
            ReviewerName = actor.DisplayName,
            Decision = decision,
            Comment = comment,
            Scope = scope,
            AtUtc = Now,
        });

    private async Task<Outcome> RefuseAsync(Actor actor, string refusal, Document document, CancellationToken ct)
    {
        audit.Record(actor, AuditAction.Refused, refusal, document.Id);
        await db.SaveChangesAsync(ct);
        return Outcome.Refused(refusal);
    }
}
