using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Documents;
using PolicyLibrary.Manager;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>Drafting documents: new, edit with preview and conflict handling, the document's page, revisions and restore.</summary>
[Route("manager/documents")]
public sealed class ManagerDocumentsController(ManagerQueries queries, DocumentEditor editor, RevisionComparison revisions, BodyRendering rendering, TimeProvider clock)
    : ManagerControllerBase(queries)
{
    [HttpGet("new")]
    public async Task<IActionResult> New(Actor actor)
    {
        if (Permissions.CreateDocument(actor, actor.OrgUnitId) is { } refusal)
        {
            return Refused(refusal);
        }

        // The drafter's own unit issues and their name drafts, unless they say otherwise.
        var unit = await Queries.OrgUnitAsync(actor.OrgUnitId, HttpContext.RequestAborted);
        return await FormAsync(actor, null, new DocumentFields
        {
            Kind = DocumentKind.NormativeDocument,
            Disclosure = DisclosureAttribute.Proactive,
            IssuingOrgan = unit?.Name,
            DrafterName = actor.DisplayName,
        });
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Actor actor, DocumentFields fields, string? preview)
    {
        var input = fields.ToInput();
        var binding = BindingErrors();
        if (preview is not null)
        {
            // A preview writes nothing, so the core is not asked; its rule is.
            return Permissions.CreateDocument(actor, actor.OrgUnitId) is { } refusal ? Refused(refusal)
                : await FormAsync(actor, null, fields, binding, previewHtml: await rendering.HtmlAsync(input.BodyMarkdown, ct: HttpContext.RequestAborted));
        }

        // Unreadable input goes back to the form, unless the core would refuse the attempt anyway.
        var outcome = binding.Count > 0 && Permissions.CreateDocument(actor, actor.OrgUnitId) is null
            ? Outcome.Invalid(binding) : await editor.CreateAsync(actor, input, HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { id = outcome.Id }), async o =>
            await FormAsync(actor, null, fields, Merge(o.Errors, binding), o.Message, status: StatusCodes.Status400BadRequest));
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Show(Actor actor, int id) => ShowDocumentAsync(actor, id);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(Actor actor, int id)
    {
        if (await Queries.DocumentAsync(id, actor, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        return Permissions.EditDocument(actor, document.Rules) is { } refusal ? Refused(refusal)
            : await FormAsync(actor, document, DocumentFields.From(document.Input, document.Rules.Version));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(Actor actor, int id, DocumentFields fields, string? preview)
    {
        if (await Queries.DocumentAsync(id, actor, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        var input = fields.ToInput();
        var binding = BindingErrors();
        if (preview is not null)
        {
            return Permissions.EditDocument(actor, document.Rules) is { } refusal ? Refused(refusal)
                : await FormAsync(actor, document, fields, binding, previewHtml: await rendering.HtmlAsync(input.BodyMarkdown, ct: HttpContext.RequestAborted));
        }

        // The core refuses again, and records the refused attempt, so a refusal goes to it even with unreadable input.
        var outcome = binding.Count > 0 && Permissions.EditDocument(actor, document.Rules) is null
            ? Outcome.Invalid(binding) : await editor.UpdateAsync(actor, id, input, fields.Version, ct: HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { id }), async o => o.Kind == OutcomeKind.Conflict
            ? await ConflictAsync(actor, id, fields, o.Message)
            : await FormAsync(actor, document, fields, Merge(o.Errors, binding), o.Message, status: StatusCodes.Status400BadRequest));
    }

    [HttpGet("{id:int}/revisions")]
    public async Task<IActionResult> Revisions(Actor actor, int id, int? from, int? to)
    {
        if (await Queries.RulesAsync(id, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        if (Permissions.ViewDocument(actor, document) is { } refusal)
        {
            return Refused(refusal);
        }

        return await CompareAsync(this, revisions, RevisionSubject.Document, id, from, to, $"《{document.Title}》", UrlOf(nameof(Show), new { id }));
    }

    [HttpPost("{id:int}/revisions/{number:int}/restore")]
    public async Task<IActionResult> Restore(Actor actor, int id, int number, Guid version)
    {
        if (await Queries.SnapshotAsync<DocumentInput>(RevisionSubject.Document, id, number, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(actor, id, snapshot, version, number, HttpContext.RequestAborted);
        return await AnswerAsync(outcome with { Message = outcome.Succeeded ? $"已恢复第 {number} 版（保存为新的版本）。" : outcome.Message },
            UrlOf(nameof(Show), new { id }), async o => await ShowDocumentAsync(actor, id,
                o.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, "restore",
                o.Kind == OutcomeKind.Conflict ? null : o.Errors, o.Message));
    }

    /// <summary>The shared compare page of documents and interpretations: ?from=1&amp;to=3.</summary>
    internal static async Task<IActionResult> CompareAsync(
        Controller controller, RevisionComparison revisions, RevisionSubject subject, int id, int? from, int? to, string title, string backUrl)
    {
        // A number that is not a number binds as null, like a missing one: both ask for two version numbers.
        var (a, b) = (from ?? 0, to ?? 0);
        if (a <= 0 || b <= 0)
        {
            controller.Response.StatusCode = StatusCodes.Status400BadRequest;
            return controller.View(Views + "Revisions.cshtml", new RevisionsPage(title, backUrl, a, b, null, "请选择要比较的两个版本号（from 和 to）。"));
        }

        var lines = await revisions.CompareAsync(subject, id, a, b, controller.HttpContext.RequestAborted);
        if (lines is null)
        {
            controller.Response.StatusCode = StatusCodes.Status404NotFound;
            return controller.View(Views + "Revisions.cshtml", new RevisionsPage(title, backUrl, a, b, null, $"没有第 {a} 版或第 {b} 版。"));
        }

        return controller.View(Views + "Revisions.cshtml", new RevisionsPage(title, backUrl, a, b, lines, null));
    }

    private async Task<IActionResult> ConflictAsync(Actor actor, int id, DocumentFields fields, string message)
    {
        if (await Queries.DocumentAsync(id, actor, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        fields.Version = saved.Rules.Version;
        var diff = RevisionComparison.Diff(saved.Input.ToText(), fields.ToInput().ToText());
        return await FormAsync(actor, saved, fields, new Dictionary<string, string>(), message, conflict: diff, status: StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> FormAsync(
        Actor actor, ManagerDocument? document, DocumentFields fields, IReadOnlyDictionary<string, string>? errors = null, string? message = null,
        string? previewHtml = null, IReadOnlyList<RevisionComparison.Line>? conflict = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var unit = document?.Rules.DraftingUnit ?? await Queries.OrgUnitAsync(actor.OrgUnitId, HttpContext.RequestAborted);
        var action = document is null ? UrlOf(nameof(New)) : UrlOf(nameof(Edit), new { id = document.Rules.Id });
        var page = new EditPage<DocumentFields>(
            document is null ? "起草新文件" : "修改文件", action, document is null ? UrlOf<ManagerController>(nameof(ManagerController.Index)) : UrlOf(nameof(Show), new { id = document.Rules.Id }),
            fields, errors ?? new Dictionary<string, string>(), message, previewHtml, conflict)
        {
            Categories = await Queries.CategoriesAsync(document?.Input.CategoryCode, HttpContext.RequestAborted),
            Units = await Queries.OrgUnitsAsync(HttpContext.RequestAborted),
            DocumentTitle = document?.Rules.Title,
            IsNew = document is null,
            Returned = document?.Returned,
            DraftingUnitCode = unit?.Code,
            IndexNumber = document?.Rules.IndexNumber
                ?? (unit is null ? null : IndexNumbers.Prefix(unit, fields.WrittenOn?.Year ?? ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year) + "NNNNN"),
            SlugEditable = document?.Rules.PublishedAtUtc is null,
        };
        return View(Views + "DocumentEdit.cshtml", page);
    }
}
