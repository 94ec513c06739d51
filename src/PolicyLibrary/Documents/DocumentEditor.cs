using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;

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

        var unit = await db.OrgUnits.FirstAsync(u => u.Id == actor.OrgUnitId, ct);
        var document = Document.Blank($"{input.WrittenOn?.Year ?? clock.GetUtcNow().Year}-{Guid.NewGuid():N}"[..17]);
        (document.DraftingUnitId, document.Status, document.CreatedById) = (actor.OrgUnitId, WorkflowStatus.Draft, actor.UserId);
        if (await ApplyAsync(document, input, ct) is { } invalid)
        {
            return invalid;
        }

        // The 索引号 is the next serial of the unit and year; two drafters saving at once may pick the same one, and the
        // unique index lets one of them in: the other takes the next number and tries again.
        var prefix = IndexNumbers.Prefix(unit, document.WrittenOn.Year);
        for (var attempt = 1; ; attempt++)
        {
            var taken = await db.Documents.AsNoTracking().Where(d => d.IndexNumber.StartsWith(prefix)).Select(d => d.IndexNumber).ToListAsync(ct);
            document.IndexNumber = IndexNumbers.Next(prefix, taken);

            // The revision and the audit event need the new id: two saves, one transaction, so all of it is there or none.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Documents.Add(document);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // The failed insert leaves the draft as added, so the next attempt inserts it again with a new number.
                await transaction.RollbackAsync(ct);
                if (await db.Documents.AnyAsync(d => d.Slug == document.Slug, ct))
                {
                    return Outcome.Invalid(new Dictionary<string, string> { [nameof(input.Slug)] = SlugTaken(document.Slug) });
                }

                continue;
            }

            await revisions.AddAsync(actor, RevisionSubject.Document, document.Id, document.Id, Snapshot(document, input), "创建", ct);
            audit.Record(actor, AuditAction.DocumentCreated, $"创建《{document.Title}》（索引号 {document.IndexNumber}）", document.Id);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome.Done(document.Id, $"文件草稿已创建，索引号 {document.IndexNumber}。");
        }
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

        await revisions.AddAsync(actor, RevisionSubject.Document, document.Id, document.Id, Snapshot(document, input), note, ct);
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
        catch (DbUpdateException)
        {
            // Another draft took the address between the check and the save; anything else is not this form's to explain.
            if (!await SlugTakenByAnotherAsync(document.Slug, id, ct))
            {
                throw;
            }

            return Outcome.Invalid(new Dictionary<string, string> { [nameof(input.Slug)] = SlugTaken(document.Slug) });
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

    /// <summary>An administrator's correction of the 索引号 the office assigned: unique (the index holds it), audited.</summary>
    public async Task<Outcome> ChangeIndexNumberAsync(Actor actor, int id, string? indexNumber, CancellationToken ct = default)
    {
        if (Permissions.ChangeIndexNumber(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var document = await LoadAsync(id, ct);
        if (document is null)
        {
            return Outcome.NotFound();
        }

        var number = indexNumber?.Trim() ?? "";
        var error = number.Length == 0 ? "请填写索引号。"
            : number.Length > IndexNumbers.MaxLength ? $"索引号不能超过 {IndexNumbers.MaxLength} 个字符。"
            : await db.Documents.AnyAsync(d => d.IndexNumber == number && d.Id != id, ct) ? IndexNumberTaken(number)
            : null;
        if (error is not null)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["IndexNumber"] = error });
        }

        var from = document.IndexNumber;
        document.IndexNumber = number;
        Touch(document);
        audit.Record(actor, AuditAction.IndexNumberChanged, $"《{document.Title}》索引号由 {from} 更正为 {number}", document.Id);
        try
        {
            return await CommitAsync(document.Id, "索引号已更正。", ct);
        }
        catch (DbUpdateException)
        {
            // A racing save took the number after the check; the unique index refused this one.
            return Outcome.Invalid(new Dictionary<string, string> { ["IndexNumber"] = IndexNumberTaken(number) });
        }
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

        // The replacing document as people name it: its 索引号, 发文字号 or address.
        var named = replacedBySlug?.Trim();
        var replacement = string.IsNullOrWhiteSpace(named) ? null
            : await db.Documents.Where(d => d.Id != id && (d.Slug == named || d.IndexNumber == named || d.DocumentNumber == named))
                .OrderByDescending(d => d.Slug == named).ThenByDescending(d => d.IndexNumber == named).FirstOrDefaultAsync(ct);
        var errors = new FieldErrors();
        if (!Enum.IsDefined(validity))
        {
            errors.Add("Validity", "请选择有效性。");
        }
        else if (validity != Validity.InForce && changedOn is null)
        {
            errors.Add("ChangedOn", "请填写变更日期。");
        }
        else if (changedOn < document.WrittenOn)
        {
            errors.Add("ChangedOn", "变更日期不能早于成文日期。");
        }

        if (!string.IsNullOrWhiteSpace(replacedBySlug) && replacement is null)
        {
            errors.Add("ReplacedBy", $"没有索引号、发文字号或网址为“{named}”的文件。");
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
        var who = last is null ? "其他人" : $"{last.AuthorName}（{ChinaTime.Time(last.AtUtc)}）";
        return Outcome.Conflict($"在您编辑期间，{who}已修改并保存了该文件。您的修改尚未保存：请对照差异后再次提交。");
    }

    /// <summary>Checks the input and copies it onto the document; null when all is well.</summary>
    private async Task<Outcome?> ApplyAsync(Document document, DocumentInput input, CancellationToken ct)
    {
        var errors = DocumentInputValidator.Validate(input);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Code == input.CategoryCode, ct);
        if (category is null && !errors.Has(nameof(input.CategoryCode)))
        {
            errors.Add(nameof(input.CategoryCode), "主题分类不存在。");
        }
        else if (category is { IsHidden: true } && category.Id != document.CategoryId)
        {
            errors.Add(nameof(input.CategoryCode), $"主题分类“{category.Name}”已停用，请选择其他分类。");
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? document.Slug : input.Slug.Trim();
        if (slug != document.Slug && !errors.Has(nameof(input.Slug)))
        {
            if (document.PublishedAtUtc is not null)
            {
                errors.Add(nameof(input.Slug), "文件已发布过，网址不能再更改（已有的链接和收藏会失效）。");
            }
            else if (await SlugTakenByAnotherAsync(slug, document.Id, ct))
            {
                errors.Add(nameof(input.Slug), SlugTaken(slug));
            }
        }

        var coIssuers = await db.OrgUnits.Where(u => input.CoIssuingUnitCodes.Contains(u.Code)).ToListAsync(ct);
        if (coIssuers.Count != input.CoIssuingUnitCodes.Distinct().Count() || coIssuers.Any(u => u.Id == document.DraftingUnitId))
        {
            errors.Add(nameof(input.CoIssuingUnitCodes), "联合发文单位无效（不能包含牵头的起草单位）。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        document.Title = input.Title.Trim();
        document.Slug = slug;
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

    /// <summary>The revision keeps what the document holds, with the 索引号 and address it was given rather than typed.</summary>
    private static DocumentInput Snapshot(Document document, DocumentInput input) =>
        input with { IndexNumber = document.IndexNumber, Slug = document.Slug };

    private Task<bool> SlugTakenByAnotherAsync(string slug, int id, CancellationToken ct) =>
        db.Documents.AnyAsync(d => d.Slug == slug && d.Id != id, ct);

    private static string SlugTaken(string slug) => $"网址 {slug} 已被其他文件使用，请换一个。";

    private static string IndexNumberTaken(string number) => $"索引号 {number} 已被其他文件使用。";

    private void Touch(Document item)
    {
        item.Version = Guid.NewGuid();
        item.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }
}
