using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Content;

public sealed partial class ContentImporter
{
    private async Task<Dictionary<string, Document>> ImportDocumentsAsync(ContentSet set,
        Dictionary<string, Category> categories, Dictionary<string, OrgUnit> units,
        ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.Documents.Include(d => d.CoIssuingUnits).ToDictionaryAsync(d => d.Slug, ct);
        var fromFiles = new List<(string File, Document Document, string? ReplacedBy, bool Added, bool UnitsChanged)>();
        var indexNumbers = new Dictionary<string, string>();
        foreach (var (file, slug, header, body) in set.Documents)
        {
            var fields = new FieldParser(file, errors);
            if (!FieldParser.IsCode(slug))
            {
                fields.Problem("文件名只能使用小写字母、数字和连字符。");
            }

            var added = !existing.TryGetValue(slug, out var document);
            document ??= Document.Blank(slug);
            document.Title = fields.Required(header.Title, "title", 300);
            document.IndexNumber = fields.Required(header.IndexNumber, "indexNumber", 64);
            if (document.IndexNumber.Length > 0 && !indexNumbers.TryAdd(document.IndexNumber, file))
            {
                fields.Problem($"索引号 {document.IndexNumber} 与 {indexNumbers[document.IndexNumber]} 重复。");
            }

            document.DocumentNumber = fields.Optional(header.DocumentNumber, "documentNumber", 64);
            document.IssuingOrgan = fields.Required(header.IssuingOrgan, "issuingOrgan", 100);
            document.DraftingUnit = Lookup(units, fields.Code(header.DraftingUnit, "draftingUnit"), "draftingUnit", "单位", fields);
            var coIssuers = (header.CoIssuingUnits ?? []).Select(c => Lookup(units, c, "coIssuingUnits", "单位", fields)).OfType<OrgUnit>().ToList();
            document.DrafterName = fields.Required(header.Drafter, "drafter", 50);
            document.Category = Lookup(categories, fields.Code(header.Category, "category"), "category", "分类", fields);
            document.Kind = fields.Enum<DocumentKind>(header.Kind, "kind");
            document.SubjectWords = [.. (header.SubjectWords ?? []).Select(w => w.Trim()).Where(w => w.Length > 0)];
            document.WrittenOn = fields.Date(header.WrittenOn, "writtenOn", required: true) ?? default;
            document.PublishedAtUtc = fields.TimeUtc(header.PublishedAt, "publishedAt");
            document.EffectiveOn = fields.Date(header.EffectiveOn, "effectiveOn");
            document.Validity = fields.Enum<Validity>(header.Validity, "validity", Validity.InForce);
            document.ValidityChangedOn = fields.Date(header.ValidityChangedOn, "validityChangedOn");
            document.Disclosure = fields.Enum<DisclosureAttribute>(header.Disclosure, "disclosure", DisclosureAttribute.Proactive);
            document.DisclosureReason = fields.Optional(header.DisclosureReason, "disclosureReason", 500);
            document.Status = fields.Enum<WorkflowStatus>(header.Status, "status", WorkflowStatus.Draft);
            document.BodyMarkdown = body;
            document.BodyHtml = RenderBody(body, fields, figureList: false);
            if (fields.HasErrors)
            {
                continue;
            }

            var unitsChanged = !coIssuers.Select(u => u.Code).Order().SequenceEqual(document.CoIssuingUnits.Select(u => u.Code).Order());
            if (unitsChanged)
            {
                document.CoIssuingUnits = coIssuers;
            }

            if (added)
            {
                db.Documents.Add(document);
                existing[slug] = document;
            }

            fromFiles.Add((file, document, header.ReplacedBy, added, unitsChanged));
        }

        // Replacements may point at any document, so they are resolved once all are known.
        foreach (var (file, document, replacedBy, added, unitsChanged) in fromFiles)
        {
            var fields = new FieldParser(file, errors);
            document.ReplacedBy = string.IsNullOrWhiteSpace(replacedBy) ? null : Lookup(existing, replacedBy.Trim(), "replacedBy", "文件", fields);
            if (document.ReplacedBy == document)
            {
                fields.Problem("replacedBy 不能指向文件自身。");
            }

            foreach (var problem in DocumentRules.Problems(document))
            {
                fields.Problem(problem);
            }

            Stamp(document, added, unitsChanged, "文件", report);
        }

        return existing;
    }

    private async Task ImportInterpretationsAsync(ContentSet set, Dictionary<string, Document> documents,
        Dictionary<string, OrgUnit> units, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.Interpretations.ToDictionaryAsync(i => i.Slug, ct);
        foreach (var (file, slug, header, body) in set.Interpretations)
        {
            var fields = new FieldParser(file, errors);
            if (!FieldParser.IsCode(slug))
            {
                fields.Problem("文件名只能使用小写字母、数字和连字符。");
            }

            var added = !existing.TryGetValue(slug, out var interpretation);
            interpretation ??= new Interpretation { Slug = slug, Title = "", AuthorName = "", BodyMarkdown = "", BodyHtml = "" };
            interpretation.Title = fields.Required(header.Title, "title", 300);
            var document = Lookup(documents, fields.Code(header.Document, "document"), "document", "文件", fields);
            var unit = Lookup(units, fields.Code(header.InterpretingUnit, "interpretingUnit"), "interpretingUnit", "单位", fields);
            if (document is not null && unit is not null && !InterpreterRule.MayInterpret(document, unit.Id))
            {
                fields.Problem(InterpreterRule.RefusalReason(document));
            }

            (interpretation.Document, interpretation.InterpretingUnit) = (document, unit);
            interpretation.Form = fields.Enum<InterpretationForm>(header.Form, "form");
            interpretation.AuthorName = fields.Required(header.Author, "author", 50);
            interpretation.PublishedAtUtc = fields.TimeUtc(header.PublishedAt, "publishedAt");
            interpretation.Status = fields.Enum<WorkflowStatus>(header.Status, "status", WorkflowStatus.Draft);
            interpretation.Summary = fields.Optional(header.Summary, "summary", 500) ?? "";
            interpretation.BodyMarkdown = body;
            interpretation.BodyHtml = RenderBody(body, fields, interpretation.Form == InterpretationForm.Graphic);
            if (interpretation.Status is WorkflowStatus.Published && interpretation.PublishedAtUtc is null)
            {
                fields.Problem("已发布的解读必须有发布时间 publishedAt。");
            }

            if (fields.HasErrors)
            {
                continue;
            }

            if (added)
            {
                db.Interpretations.Add(interpretation);
            }

            Stamp(interpretation, added, false, "解读", report);
        }
    }

    private string RenderBody(string body, FieldParser fields, bool figureList)
    {
        foreach (var image in MarkdownRenderer.ImagesWithoutAltText(body))
        {
            fields.Problem($"图片 {image} 缺少替代文字（alt text）。");
        }

        var used = body.Contains(MarkdownRenderer.MediaPrefix, StringComparison.Ordinal)
            ? MarkdownRenderer.MediaReferences(body).Where(_media.ContainsKey).ToDictionary(n => n, n => _media[n])
            : [];
        return MarkdownRenderer.ToHtml(body, used.Count == 0 ? null : used, figureList);
    }

    /// <summary>Counts the entry and gives it a new version and time stamp only when something really changed.</summary>
    private void Stamp(IVersioned entity, bool added, bool relationsChanged, string kind, ImportReport report)
    {
        var modified = !added && (IsModified(entity) || relationsChanged);
        if (added || modified)
        {
            entity.Version = Guid.NewGuid();
            entity.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        report.Count(kind, added, modified);
    }

    private static T? Lookup<T>(Dictionary<string, T> known, string key, string field, string what, FieldParser fields) where T : class
    {
        if (key.Length == 0)
        {
            return null;
        }

        if (known.TryGetValue(key, out var value))
        {
            return value;
        }

        fields.Problem($"字段 {field} 引用的{what}“{key}”不存在。");
        return null;
    }
}
