using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Content;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>Drafting documents: new, edit with preview and conflict handling, the document's page, revisions and restore.</summary>
[Route("manager/documents")]
public sealed class ManagerDocumentsController(CurrentActor current, ManagerQueries queries, DocumentEditor editor, RevisionComparison revisions)
    : ManagerControllerBase(current, queries)
{
    [HttpGet("new")]
    public Task<IActionResult> New() => AsActorAsync(async actor =>
        Permissions.CreateDocument(actor, actor.OrgUnitId) is { } refusal ? Refused(refusal)
            : await FormAsync(null, new DocumentFields { Kind = DocumentKind.NormativeDocument, Disclosure = DisclosureAttribute.Proactive }));

    [HttpPost("new")]
    public Task<IActionResult> New(DocumentFields fields, string? preview) => AsActorAsync(async actor =>
    {
        if (Permissions.CreateDocument(actor, actor.OrgUnitId) is { } refusal)
        {
            return Refused(refusal);
        }

        var input = fields.ToInput();
        var binding = BindingErrors(DocumentFields.Labels);
        if (preview is not null)
        {
            return await FormAsync(null, fields, binding, previewHtml: MarkdownRenderer.ToHtml(input.BodyMarkdown));
        }

        var outcome = binding.Count > 0 ? Outcome.Invalid(binding) : await editor.CreateAsync(actor, input, HttpContext.RequestAborted);
        return outcome.Kind switch
        {
            OutcomeKind.Done => Done(outcome.Message, $"/manager/documents/{outcome.Id}"),
            OutcomeKind.Refused => Refused(outcome.Message),
            _ => await FormAsync(null, fields, Merge(outcome.Errors, binding), outcome.Message, status: StatusCodes.Status400BadRequest),
        };
    });

    [HttpGet("{id:int}")]
    public Task<IActionResult> Show(int id) => AsActorAsync(actor => ShowDocumentAsync(actor, id));

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id) => AsActorAsync(async actor =>
    {
        if (await Queries.DocumentAsync(id, actor, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        return Permissions.EditDocument(actor, document.Rules) is { } refusal ? Refused(refusal)
            : await FormAsync(document, DocumentFields.From(document.Input, document.Rules.Version));
    });

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, DocumentFields fields, string? preview) => AsActorAsync(async actor =>
    {
        if (await Queries.DocumentAsync(id, actor, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        var input = fields.ToInput();
        var binding = BindingErrors(DocumentFields.Labels);
        if (Permissions.EditDocument(actor, document.Rules) is { } refusal)
        {
            // The core refuses again, and records the refused attempt.
            return preview is null ? await OutcomeAsync(await editor.UpdateAsync(actor, id, input, fields.Version, ct: HttpContext.RequestAborted)) : Refused(refusal);
        }

        if (preview is not null)
        {
            return await FormAsync(document, fields, binding, previewHtml: MarkdownRenderer.ToHtml(input.BodyMarkdown));
        }

        return binding.Count > 0
            ? await FormAsync(document, fields, binding, Outcome.Invalid(binding).Message, status: StatusCodes.Status400BadRequest)
            : await OutcomeAsync(await editor.UpdateAsync(actor, id, input, fields.Version, ct: HttpContext.RequestAborted));

        async Task<IActionResult> OutcomeAsync(Outcome outcome) => outcome.Kind switch
        {
            OutcomeKind.Done => Done(outcome.Message, $"/manager/documents/{id}"),
            OutcomeKind.Refused => Refused(outcome.Message),
            OutcomeKind.NotFound => NotFound(),
            OutcomeKind.Conflict => await ConflictAsync(actor, id, fields, outcome.Message),
            _ => await FormAsync(document, fields, Merge(outcome.Errors, binding), outcome.Message, status: StatusCodes.Status400BadRequest),
        };
    });

    [HttpGet("{id:int}/revisions")]
    public Task<IActionResult> Revisions(int id, string? from, string? to) => AsActorAsync(async actor =>
    {
        if (await Queries.RulesAsync(id, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        if (ManagerAccess.ViewDocument(actor, document) is { } refusal)
        {
            return Refused(refusal);
        }

        return await CompareAsync(this, revisions, RevisionSubject.Document, id, from, to, $"《{document.Title}》", $"/manager/documents/{id}");
    });

    [HttpPost("{id:int}/revisions/{number:int}/restore")]
    public Task<IActionResult> Restore(int id, int number, Guid version) => AsActorAsync(async actor =>
    {
        if (await Queries.SnapshotAsync<DocumentInput>(RevisionSubject.Document, id, number, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(actor, id, snapshot, version, $"恢复第 {number} 版", HttpContext.RequestAborted);
        return outcome.Kind switch
        {
            OutcomeKind.Done => Done($"已恢复第 {number} 版（保存为新的版本）。", $"/manager/documents/{id}"),
            OutcomeKind.Refused => Refused(outcome.Message),
            OutcomeKind.NotFound => NotFound(),
            OutcomeKind.Conflict => await ShowDocumentAsync(actor, id, StatusCodes.Status409Conflict, "restore", null, outcome.Message),
            _ => await ShowDocumentAsync(actor, id, StatusCodes.Status400BadRequest, "restore", outcome.Errors, outcome.Message),
        };
    });

    /// <summary>The shared compare page of documents and interpretations: ?from=1&amp;to=3.</summary>
    internal static async Task<IActionResult> CompareAsync(
        Controller controller, RevisionComparison revisions, RevisionSubject subject, int id, string? from, string? to, string title, string backUrl)
    {
        var a = int.TryParse(from, out var x) ? x : 0;
        var b = int.TryParse(to, out var y) ? y : 0;
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
        return await FormAsync(saved, fields, new Dictionary<string, string>(), message, conflict: diff, status: StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> FormAsync(
        ManagerDocument? document, DocumentFields fields, IReadOnlyDictionary<string, string>? errors = null, string? message = null,
        string? previewHtml = null, IReadOnlyList<RevisionComparison.Line>? conflict = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var action = document is null ? "/manager/documents/new" : $"/manager/documents/{document.Rules.Id}/edit";
        var page = new EditPage<DocumentFields>(
            document is null ? "起草新文件" : "修改文件", action, document is null ? "/manager" : $"/manager/documents/{document.Rules.Id}",
            fields, errors ?? new Dictionary<string, string>(), message, previewHtml, conflict)
        {
            Categories = await Queries.CategoriesAsync(HttpContext.RequestAborted),
            Units = await Queries.OrgUnitsAsync(HttpContext.RequestAborted),
            DocumentTitle = document?.Rules.Title,
            IsNew = document is null,
        };
        return View(Views + "DocumentEdit.cshtml", page);
    }
}
