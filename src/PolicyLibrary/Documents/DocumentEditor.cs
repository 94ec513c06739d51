using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Documents;

/// <summary>Drafting: create and edit documents of one's own unit, each save a revision and an audit event.</summary>
public sealed class DocumentEditor(PolicyLibraryDbContext db, RevisionLog revisions, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome> CreateAsync(Actor actor, DocumentInput input, CancellationToken ct = default)
    {
        if (Permissions.CreateDocument(actor, actor.OrgUnitId) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var document = Document.Blank($"{input.WrittenOn?.Year ?? clock.GetUtcNow().Year}-{Guid.NewGuid():N}"[..17]);
        (document.DraftingUnitId, document.Status, document.CreatedById) = (actor.OrgUnitId, WorkflowStatus.Draft, actor.UserId);
        if (await ApplyAsync(document, input, ct) is { } invalid)
        {
            return invalid;
        }

        // The revision and the audit event need the new id: two saves, one transaction, so all of it is there or none.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        await revisions.AddAsync(actor, RevisionSubject.Document, document.Id, document.Id, input, "创建", ct);
        audit.Record(actor, AuditAction.DocumentCreated, $"创建《{document.Title}》", document.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done(document.Id, "文件草稿已创建。");
    }

    /// <summary>Saves an edit; <paramref name="restoredRevision"/> says it brings back that revision (audited as a restore).</summary>
    public async Task<Outcome> UpdateAsync(Actor actor, int id, DocumentInput input, Guid expectedVersion, int? restoredRevision = null, CancellationToken ct = default)
    {
        var note = RevisionLog.Note(restoredRevision);
        var document = await LoadAsync(id, ct);
        if (document is null)
        {
            return Outcome.NotFound();
        }

        if (Permissions.EditDocument(actor, document) is { } refusal)
        {
            audit.Record(actor, AuditAction.Refused, refusal, document.Id);
            await db.SaveChangesAsync(ct);
            return Outcome.Refused(refusal);
        }

        if (document.Version != expectedVersion)
        {
            return await ConflictAsync(document, ct);
        }

        if (await ApplyAsync(document, input, ct) is { } invalid)
        {
            return invalid;
        }

        await revisions.AddAsync(actor, RevisionSubject.Document, document.Id, document.Id, input, note, ct);
        audit.Record(actor, restoredRevision is null ? AuditAction.DocumentEdited : AuditAction.RevisionRestored, $"{note}《{document.Title}》", document.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync((await LoadAsync(id, ct))!, ct);
        }

        return Outcome.Done(document.Id, "已保存。");
    }

    /// <summary>An administrator's correction of the drafting unit: always with a reason, always audited.</summary>
    public async Task<Outcome> ChangeDraftingUnitAsync(Actor actor, int id, string unitCode, string reason, CancellationToken ct = default)
    {
        if (Permissions.ChangeDraftingUnit(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var document = await LoadAsync(id, ct);
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == unitCode, ct);
        if (document is null || unit is null)
        {
            return Outcome.NotFound(document is null ? "文件" : "单位");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Reason"] = "变更起草单位必须说明理由（500 字以内）。" });
        }

        var from = document.DraftingUnit!.Name;
        document.DraftingUnit = unit;
        Touch(document);
        audit.Record(actor, AuditAction.DraftingUnitChanged, $"《{document.Title}》起草单位由{from}变更为{unit.Name}。理由：{reason.Trim()}", document.Id);
        return await CommitAsync(document.Id, "起草单位已变更。", ct);
    }

    /// <summary>Marks a published document 已修订 / 已废止 / 已失效 (or 有效 again), with the date and the replacing document.</summary>
    public async Task<Outcome> ChangeValidityAsync(Actor actor, int id, Validity validity, DateOnly? changedOn, string? replacedBySlug, CancellationToken ct = default)
    {
        var document = await LoadAsync(id, ct);
        if (document is null)
        {
            return Outcome.NotFound();
        }

        if (Permissions.ChangeValidity(actor, document) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (document.Status != WorkflowStatus.Published)
        {
            return Outcome.Refused("只有已发布的文件可以变更有效性。");
        }

        var replacement = string.IsNullOrWhiteSpace(replacedBySlug) ? null
            : await db.Documents.FirstOrDefaultAsync(d => d.Slug == replacedBySlug.Trim() && d.Id != id, ct);
        var errors = new Dictionary<string, string>();
        if (!Enum.IsDefined(validity))
        {
            errors["Validity"] = "请选择有效性。";
        }
        else if (validity != Validity.InForce && changedOn is null)
        {
            errors["ChangedOn"] = "请填写变更日期。";
        }
        else if (changedOn < document.WrittenOn)
        {
            errors["ChangedOn"] = "变更日期不能早于成文日期。";
        }

        if (!string.IsNullOrWhiteSpace(replacedBySlug) && replacement is null)
        {
            errors["ReplacedBy"] = "替代文件不存在。";
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var inForce = validity == Validity.InForce;
        (document.Validity, document.ValidityChangedOn, document.ReplacedBy) = (validity, inForce ? null : changedOn, inForce ? null : replacement);
        document.ReplacedById = document.ReplacedBy?.Id;
        Touch(document);
        audit.Record(actor, AuditAction.ValidityChanged,
            $"《{document.Title}》有效性变更为{EnumLabels<Validity>.Of(validity)}" + (replacement is null ? "" : $"，由《{replacement.Title}》替代"), document.Id);
        return await CommitAsync(document.Id, "有效性已变更。", ct);
    }

    internal Task<Document?> LoadAsync(int id, CancellationToken ct) => db.Documents
        .Include(d => d.DraftingUnit).Include(d => d.Category).Include(d => d.CoIssuingUnits).Include(d => d.Interpretations)
        .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Saves a change made on a document read earlier; if it changed in between (a withdrawal, say), nothing is written.</summary>
    private async Task<Outcome> CommitAsync(int id, string done, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Done(id, done);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await Overtaken.OutcomeAsync(db, id, ct);
        }
    }

    private async Task<Outcome> ConflictAsync(Document current, CancellationToken ct)
    {
        var last = await db.Revisions.Where(r => r.Subject == RevisionSubject.Document && r.SubjectId == current.Id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var who = last is null ? "其他人" : $"{last.AuthorName}（{ChinaTime.FromUtc(last.AtUtc):yyyy-MM-dd HH:mm}）";
        return Outcome.Conflict($"在您编辑期间，{who}已修改并保存了该文件。您的修改尚未保存：请对照差异后再次提交。");
    }

    /// <summary>Checks the input and copies it onto the document; null when all is well.</summary>
    private async Task<Outcome?> ApplyAsync(Document document, DocumentInput input, CancellationToken ct)
    {
        var errors = DocumentInputValidator.Validate(input);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Code == input.CategoryCode, ct);
        if (category is null && !errors.ContainsKey(nameof(input.CategoryCode)))
        {
            errors[nameof(input.CategoryCode)] = "主题分类不存在。";
        }
        else if (category is { IsHidden: true } && category.Id != document.CategoryId)
        {
            errors[nameof(input.CategoryCode)] = $"主题分类“{category.Name}”已停用，请选择其他分类。";
        }

        var indexNumber = input.IndexNumber.Trim();
        if (await db.Documents.AnyAsync(d => d.IndexNumber == indexNumber && d.Id != document.Id, ct))
        {
            errors[nameof(input.IndexNumber)] = $"索引号 {indexNumber} 已被其他文件使用。";
        }

        var coIssuers = await db.OrgUnits.Where(u => input.CoIssuingUnitCodes.Contains(u.Code)).ToListAsync(ct);
        if (coIssuers.Count != input.CoIssuingUnitCodes.Distinct().Count() || coIssuers.Any(u => u.Id == document.DraftingUnitId))
        {
            errors[nameof(input.CoIssuingUnitCodes)] = "联合发文单位无效（不能包含牵头的起草单位）。";
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        document.Title = input.Title.Trim();
        document.IndexNumber = indexNumber;
        document.DocumentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim();
        document.IssuingOrgan = input.IssuingOrgan.Trim();
        document.DrafterName = input.DrafterName.Trim();
        document.Category = category;
        document.Kind = input.Kind;
        document.SubjectWords = [.. input.SubjectWords.Split([' ', '　', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        document.WrittenOn = input.WrittenOn!.Value;
        document.EffectiveOn = input.EffectiveOn;
        document.Disclosure = input.Disclosure;
        document.DisclosureReason = input.Disclosure == DisclosureAttribute.Proactive ? null : input.DisclosureReason?.Trim();
        document.CoIssuingUnits = coIssuers;
        document.PlannedInterpretationForm = input.PlannedInterpretationForm;
        document.PlannedInterpretationDueOn = input.PlannedInterpretationDueOn;
        document.BodyMarkdown = input.BodyMarkdown;
        document.BodyHtml = MarkdownRenderer.ToHtml(input.BodyMarkdown);
        Touch(document);
        return null;
    }

    private void Touch(Document item)
    {
        item.Version = Guid.NewGuid();
        item.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }
}
