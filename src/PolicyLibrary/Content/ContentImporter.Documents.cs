using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Content;

public sealed partial class ContentImporter
{
    /// <summary>
    /// Files are parsed, checked and saved this many at a time, and the change tracker is emptied after each batch:
    /// memory stays flat however large the folder. The whole import is still one transaction.
    /// </summary>
    private const int BatchSize = 250;

    /// <summary>What later files need of a document (a replacement or an interpretation points at it), without holding it.</summary>
    private sealed record DocumentRef(int Id, int DraftingUnitId);

    /// <summary>A document whose replacedBy is resolved once every document is known, since it may point at any of them.</summary>
    private sealed record PendingReplacement(string File, string Slug, string ReplacedBy, bool Added, bool Modified);

    private async Task<Dictionary<string, DocumentRef>> ImportDocumentsAsync(ContentSet set,
        Dictionary<string, Category> categories, Dictionary<string, OrgUnit> units,
        ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var known = await db.Documents.AsNoTracking().ToDictionaryAsync(d => d.Slug, d => new DocumentRef(d.Id, d.DraftingUnitId), ct);
        var indexNumbers = new Dictionary<string, string>();
        var pending = new List<PendingReplacement>();
        await foreach (var (files, readErrors) in PreparedAhead<DocumentFile>(set.Root, set.Documents, _ => false, ct))
        {
            errors.AddRange(readErrors);
            var slugs = files.Select(f => f.File.Slug).ToList();
            var existing = await db.Documents.Include(d => d.CoIssuingUnits).Where(d => slugs.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, ct);
            var saved = new List<Document>();
            foreach (var ((file, slug, header, body), rendered) in files)
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
                document.BodyHtml = rendered.HtmlFor(fields);
                var replacedBy = header.ReplacedBy?.Trim() ?? "";
                if (replacedBy.Length == 0)
                {
                    document.ReplacedById = null;
                    foreach (var problem in DocumentRules.Problems(document))
                    {
                        fields.Problem(problem);
                    }
                }

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
                }

                var modified = Stamp(document, added, unitsChanged, document.PublishedAtUtc);
                if (replacedBy.Length == 0)
                {
                    report.Count("文件", added, modified);
                }
                else
                {
                    pending.Add(new PendingReplacement(file, slug, replacedBy, added, modified));
                }

                saved.Add(document);
            }

            await SaveBatchAsync(errors, categories, units, ct);
            foreach (var document in saved)
            {
                known[document.Slug] = new DocumentRef(document.Id, document.DraftingUnitId);
            }
        }

        await SaveUnlessAsync(errors, ct);
        await ResolveReplacementsAsync(pending, known, report, errors, ct);
        await SaveBatchAsync(errors, categories, units, ct);
        return known;
    }

    private async Task ResolveReplacementsAsync(List<PendingReplacement> pending, Dictionary<string, DocumentRef> known,
        ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        foreach (var batch in pending.Chunk(BatchSize))
        {
            var slugs = batch.Select(p => p.Slug).ToList();
            var documents = await db.Documents.Where(d => slugs.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, ct);
            foreach (var (file, slug, replacedBy, added, modified) in batch)
            {
                var fields = new FieldParser(file, errors);
                var document = documents[slug];
                document.ReplacedById = Lookup(known, replacedBy, "replacedBy", "文件", fields)?.Id;
                if (replacedBy == slug)
                {
                    fields.Problem("replacedBy 不能指向文件自身。");
                }

                foreach (var problem in DocumentRules.Problems(document))
                {
                    fields.Problem(problem);
                }

                // The replacement may be all that changed; then the document is stamped now, once.
                var replacementChanged = !added && !modified && IsModified(document);
                if (replacementChanged)
                {
                    Stamp(document, added: false, relationsChanged: true);
                }

                report.Count("文件", added, modified || replacementChanged);
            }
        }
    }

    private async Task ImportInterpretationsAsync(ContentSet set, Dictionary<string, DocumentRef> documents,
        Dictionary<string, Category> categories, Dictionary<string, OrgUnit> units, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        // A 图解's images become a figure list; the form is read here as the loop below reads it.
        static bool IsGraphic(InterpretationFile header) =>
            EnumLabels<InterpretationForm>.TryParse(header.Form, out var form) && form == InterpretationForm.Graphic;
        await foreach (var (files, readErrors) in PreparedAhead<InterpretationFile>(set.Root, set.Interpretations, IsGraphic, ct))
        {
            errors.AddRange(readErrors);
            var slugs = files.Select(f => f.File.Slug).ToList();
            var existing = await db.Interpretations.Where(i => slugs.Contains(i.Slug)).ToDictionaryAsync(i => i.Slug, ct);
            foreach (var ((file, slug, header, body), rendered) in files)
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
                if (document is not null && unit is not null && !InterpreterRule.MayInterpret(document.DraftingUnitId, unit.Id))
                {
                    fields.Problem(await RefusalReasonAsync(document.Id, ct));
                }

                (interpretation.DocumentId, interpretation.InterpretingUnit) = (document?.Id ?? 0, unit);
                interpretation.Form = fields.Enum<InterpretationForm>(header.Form, "form");
                interpretation.AuthorName = fields.Required(header.Author, "author", 50);
                interpretation.PublishedAtUtc = fields.TimeUtc(header.PublishedAt, "publishedAt");
                interpretation.Status = fields.Enum<WorkflowStatus>(header.Status, "status", WorkflowStatus.Draft);
                interpretation.Summary = fields.Optional(header.Summary, "summary", 500) ?? "";
                interpretation.BodyMarkdown = body;
                interpretation.BodyHtml = rendered.HtmlFor(fields);
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

                report.Count("解读", added, Stamp(interpretation, added, false, interpretation.PublishedAtUtc));
            }

            await SaveBatchAsync(errors, categories, units, ct);
        }
    }

    /// <summary>A file as read from disk, with its body rendered.</summary>
    private sealed record PreparedFile<T>(ContentFile<T> File, RenderedBody Rendered);

    private sealed record PreparedBatch<T>(List<PreparedFile<T>> Files, List<ContentError> ReadErrors);

    /// <summary>
    /// The files in batches, each read, parsed and rendered on another thread while the caller saves the one before:
    /// YAML, Markdown and sanitising are about a third of an import, and SQLite writes on one thread anyway. Errors of
    /// reading come with their batch, so they reach the caller's list in file order.
    /// </summary>
    private async IAsyncEnumerable<PreparedBatch<T>> PreparedAhead<T>(string root, IEnumerable<string> files, Func<T, bool> figureList,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct) where T : class, new()
    {
        PreparedBatch<T> Prepare(string[] batch)
        {
            var readErrors = new List<ContentError>();
            var prepared = batch.Select(f => ContentReader.ReadMarkdown<T>(root, f, readErrors)).OfType<ContentFile<T>>()
                .Select(f => new PreparedFile<T>(f, Render(f.Body, figureList(f.Header)))).ToList();
            return new PreparedBatch<T>(prepared, readErrors);
        }

        Task<PreparedBatch<T>>? next = null;
        foreach (var batch in files.Chunk(BatchSize))
        {
            var following = Task.Run(() => Prepare(batch), ct);
            if (next is not null)
            {
                yield return await next;
            }

            next = following;
        }

        if (next is not null)
        {
            yield return await next;
        }
    }

    /// <summary>The drafter-interprets refusal names the document and its unit, so the rare refused file loads them.</summary>
    private async Task<string> RefusalReasonAsync(int documentId, CancellationToken ct) => InterpreterRule.RefusalReason(
        await db.Documents.AsNoTracking().Include(d => d.DraftingUnit).Include(d => d.CoIssuingUnits).SingleAsync(d => d.Id == documentId, ct));

    /// <summary>
    /// Saves a batch and forgets it, keeping only the categories and units later batches point at. Once a file was
    /// wrong nothing more is saved (the transaction will be rolled back), but the remaining files are still checked,
    /// so one run names every problem.
    /// </summary>
    private async Task SaveBatchAsync(List<ContentError> errors, Dictionary<string, Category> categories, Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        if (errors.Count == 0)
        {
            await db.SaveChangesAsync(ct);
        }

        db.ChangeTracker.Clear();
        db.AttachRange(categories.Values);
        db.AttachRange(units.Values);
    }

    private string RenderBody(string body, FieldParser fields, bool figureList) => Render(body, figureList).HtmlFor(fields);

    /// <summary>A body's HTML and the problems found on the way; pure, so files can be rendered on several threads.</summary>
    private RenderedBody Render(string body, bool figureList)
    {
        var problems = MarkdownRenderer.ImagesWithoutAltText(body).Select(image => $"图片 {image} 缺少替代文字（alt text）。").ToList();
        var used = body.Contains(MarkdownRenderer.MediaPrefix, StringComparison.Ordinal)
            ? MarkdownRenderer.MediaReferences(body).Where(_media.ContainsKey).ToDictionary(n => n, n => _media[n])
            : [];
        return new RenderedBody(MarkdownRenderer.ToHtml(body, used.Count == 0 ? null : used, figureList), problems);
    }

    private sealed record RenderedBody(string Html, List<string> Problems)
    {
        /// <summary>The HTML, once the problems are the file's.</summary>
        public string HtmlFor(FieldParser fields)
        {
            Problems.ForEach(fields.Problem);
            return Html;
        }
    }

    /// <summary>Gives the entry a new version and time stamp only when something really changed; says whether it did.</summary>
    /// <remarks>
    /// A newly imported entry last changed when the file says it was published, not at the import: the sitemap's
    /// <c>lastmod</c> and the API's <c>updatedAtUtc</c> tell crawlers and clients about the item, not the import run.
    /// </remarks>
    private bool Stamp(IVersioned entity, bool added, bool relationsChanged, DateTime? publishedAtUtc = null)
    {
        var modified = !added && (IsModified(entity) || relationsChanged);
        if (added || modified)
        {
            entity.Version = Guid.NewGuid();
            entity.UpdatedAtUtc = added && publishedAtUtc is { } published ? published : clock.GetUtcNow().UtcDateTime;
        }

        return modified;
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
