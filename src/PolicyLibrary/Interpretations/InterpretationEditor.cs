using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Interpretations;

/// <summary>Writing interpretations, under 谁起草，谁解读: the document's drafting (lead) unit only.</summary>
public sealed class InterpretationEditor(PolicyLibraryDbContext db, RevisionLog revisions, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome> CreateAsync(Actor actor, int documentId, InterpretationInput input, CancellationToken ct = default)
    {
        var document = await db.Documents.Include(d => d.DraftingUnit).Include(d => d.CoIssuingUnits).FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return Outcome.NotFound();
        }

        if (Permissions.EditInterpretation(actor, document, null) is { } refusal)
        {
            return await RefuseAsync(actor, refusal, document.Id, ct);
        }

        if (Validate(input) is { Count: > 0 } errors)
        {
            return Outcome.Invalid(errors);
        }

        var count = await db.Interpretations.CountAsync(i => i.DocumentId == documentId, ct);
        var interpretation = new Interpretation
        {
            Slug = $"{document.Slug}-jd{count + 1}",
            Document = document,
            InterpretingUnitId = document.DraftingUnitId,
            Title = "",
            AuthorName = "",
            BodyMarkdown = "",
            BodyHtml = "",
            Status = WorkflowStatus.Draft,
            CreatedById = actor.UserId,
        };
        Apply(interpretation, input);
        // The revision and the audit event need the new id: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Interpretations.Add(interpretation);
        await db.SaveChangesAsync(ct);
        await revisions.AddAsync(actor, RevisionSubject.Interpretation, interpretation.Id, document.Id, input, "创建", ct);
        audit.Record(actor, AuditAction.InterpretationCreated, $"为《{document.Title}》撰写解读《{interpretation.Title}》", document.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done(interpretation.Id, "解读草稿已创建。");
    }

    /// <summary>Saves an edit; <paramref name="restoredRevision"/> says it brings back that revision (audited as a restore).</summary>
    public async Task<Outcome> UpdateAsync(Actor actor, int id, InterpretationInput input, Guid expectedVersion, int? restoredRevision = null, CancellationToken ct = default)
    {
        var note = RevisionLog.Note(restoredRevision);
        var interpretation = await db.Interpretations
            .Include(i => i.Document).ThenInclude(d => d!.DraftingUnit)
            .Include(i => i.Document).ThenInclude(d => d!.CoIssuingUnits)
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        if (interpretation is null)
        {
            return Outcome.NotFound("解读");
        }

        if (Permissions.EditInterpretation(actor, interpretation.Document!, interpretation) is { } refusal)
        {
            return await RefuseAsync(actor, refusal, interpretation.DocumentId, ct);
        }

        if (interpretation.Version != expectedVersion)
        {
            return Outcome.Conflict("在您编辑期间，其他人已修改并保存了该解读。您的修改尚未保存：请对照差异后再次提交。");
        }

        if (Validate(input) is { Count: > 0 } errors)
        {
            return Outcome.Invalid(errors);
        }

        Apply(interpretation, input);
        await revisions.AddAsync(actor, RevisionSubject.Interpretation, interpretation.Id, interpretation.DocumentId, input, note, ct);
        audit.Record(actor, restoredRevision is null ? AuditAction.InterpretationEdited : AuditAction.RevisionRestored, $"{note}解读《{interpretation.Title}》", interpretation.DocumentId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("在您编辑期间，其他人已修改并保存了该解读。您的修改尚未保存：请对照差异后再次提交。");
        }

        return Outcome.Done(interpretation.Id, "已保存。");
    }

    public static FieldErrors Validate(InterpretationInput input)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 300)
        {
            errors.Add(nameof(input.Title), "请填写标题（300 字以内）。");
        }

        if (string.IsNullOrWhiteSpace(input.AuthorName) || input.AuthorName.Length > 50)
        {
            errors.Add(nameof(input.AuthorName), "请填写撰稿人（50 字以内）。");
        }

        if (input.Summary.Length > 500)
        {
            errors.Add(nameof(input.Summary), "摘要不能超过 500 字。");
        }

        if (!Enum.IsDefined(input.Form))
        {
            errors.Add(nameof(input.Form), "请选择解读形式。");
        }

        if (string.IsNullOrWhiteSpace(input.BodyMarkdown) || input.BodyMarkdown.Length > 200_000)
        {
            errors.Add(nameof(input.BodyMarkdown), "请填写解读正文（20 万字以内）。");
        }
        else if (MarkdownRenderer.ImagesWithoutAltText(input.BodyMarkdown) is [var image, ..])
        {
            errors.Add(nameof(input.BodyMarkdown), $"图片 {image} 缺少替代文字，请在 ![ ] 中写明图片内容。");
        }
        else if (input.Form == InterpretationForm.Graphic && !input.BodyMarkdown.Contains("![", StringComparison.Ordinal))
        {
            errors.Add(nameof(input.BodyMarkdown), "图解至少要包含一张带替代文字的图片。");
        }

        return errors;
    }

    private void Apply(Interpretation interpretation, InterpretationInput input)
    {
        interpretation.Title = input.Title.Trim();
        interpretation.Form = input.Form;
        interpretation.Summary = input.Summary.Trim();
        interpretation.AuthorName = input.AuthorName.Trim();
        interpretation.BodyMarkdown = input.BodyMarkdown;
        interpretation.BodyHtml = MarkdownRenderer.ToHtml(input.BodyMarkdown);
        interpretation.Version = Guid.NewGuid();
        interpretation.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private async Task<Outcome> RefuseAsync(Actor actor, string refusal, int documentId, CancellationToken ct)
    {
        audit.Record(actor, AuditAction.Refused, refusal, documentId);
        await db.SaveChangesAsync(ct);
        return Outcome.Refused(refusal);
    }
}
