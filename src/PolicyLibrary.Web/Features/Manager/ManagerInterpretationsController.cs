using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Content;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>Interpretations under 谁起草，谁解读: new, edit with preview and conflicts, their page, revisions and restore.</summary>
public sealed class ManagerInterpretationsController(
    CurrentActor current, ManagerQueries queries, InterpretationEditor editor, RevisionComparison revisions) : ManagerControllerBase(current, queries)
{
    [HttpGet("manager/documents/{documentId:int}/interpretations/new")]
    public Task<IActionResult> New(int documentId) => AsActorAsync(async actor =>
        await Queries.RulesAsync(documentId, HttpContext.RequestAborted) is not { } document ? NotFound()
        : Permissions.EditInterpretation(actor, document, null) is { } refusal ? Refused(refusal)
        : Form(document.Id, document.Title, null, new InterpretationFields { Form = InterpretationForm.Text, AuthorName = actor.DisplayName }));

    [HttpPost("manager/documents/{documentId:int}/interpretations/new")]
    public Task<IActionResult> New(int documentId, InterpretationFields fields, string? preview) => AsActorAsync(async actor =>
    {
        if (await Queries.RulesAsync(documentId, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        var binding = BindingErrors(InterpretationFields.Labels);
        if (preview is not null)
        {
            return Permissions.EditInterpretation(actor, document, null) is { } refusal ? Refused(refusal)
                : Form(document.Id, document.Title, null, fields, binding, previewHtml: MarkdownRenderer.ToHtml(fields.ToInput().BodyMarkdown));
        }

        var outcome = await editor.CreateAsync(actor, documentId, fields.ToInput(), HttpContext.RequestAborted);
        return outcome.Kind switch
        {
            OutcomeKind.Done => Done(outcome.Message, $"/manager/interpretations/{outcome.Id}"),
            OutcomeKind.Refused => Refused(outcome.Message),
            OutcomeKind.NotFound => NotFound(),
            _ => Form(document.Id, document.Title, null, fields, Merge(outcome.Errors, binding), outcome.Message, status: StatusCodes.Status400BadRequest),
        };
    });

    [HttpGet("manager/interpretations/{id:int}")]
    public Task<IActionResult> Show(int id) => AsActorAsync(async actor =>
        await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation ? NotFound()
        : ManagerAccess.ViewDocument(actor, interpretation.Rules.Document!) is { } refusal ? Refused(refusal)
        : View(Views + "Interpretation.cshtml", new InterpretationPage(actor, interpretation, null, new Dictionary<string, string>())));

    [HttpGet("manager/interpretations/{id:int}/edit")]
    public Task<IActionResult> Edit(int id) => AsActorAsync(async actor =>
        await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation ? NotFound()
        : Permissions.EditInterpretation(actor, interpretation.Rules.Document!, interpretation.Rules) is { } refusal ? Refused(refusal)
        : Form(interpretation.Rules.DocumentId, interpretation.Rules.Document!.Title, id,
            InterpretationFields.From(interpretation.Input, interpretation.Rules.Version)));

    [HttpPost("manager/interpretations/{id:int}/edit")]
    public Task<IActionResult> Edit(int id, InterpretationFields fields, string? preview) => AsActorAsync(async actor =>
    {
        if (await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation)
        {
            return NotFound();
        }

        var document = interpretation.Rules.Document!;
        var binding = BindingErrors(InterpretationFields.Labels);
        if (preview is not null)
        {
            return Permissions.EditInterpretation(actor, document, interpretation.Rules) is { } refusal ? Refused(refusal)
                : Form(document.Id, document.Title, id, fields, binding, previewHtml: MarkdownRenderer.ToHtml(fields.ToInput().BodyMarkdown));
        }

        var outcome = await editor.UpdateAsync(actor, id, fields.ToInput(), fields.Version, ct: HttpContext.RequestAborted);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                return Done(outcome.Message, $"/manager/interpretations/{id}");
            case OutcomeKind.Refused:
                return Refused(outcome.Message);
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Conflict:
                var saved = await Queries.InterpretationAsync(id, HttpContext.RequestAborted);
                var diff = RevisionComparison.Diff(saved!.Input.ToText(), fields.ToInput().ToText());
                fields.Version = saved.Rules.Version;
                return Form(document.Id, document.Title, id, fields, new Dictionary<string, string>(), outcome.Message, conflict: diff, status: StatusCodes.Status409Conflict);
            default:
                return Form(document.Id, document.Title, id, fields, Merge(outcome.Errors, binding), outcome.Message, status: StatusCodes.Status400BadRequest);
        }
    });

    [HttpGet("manager/interpretations/{id:int}/revisions")]
    public Task<IActionResult> Revisions(int id, string? from, string? to) => AsActorAsync(async actor =>
        await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation ? NotFound()
        : ManagerAccess.ViewDocument(actor, interpretation.Rules.Document!) is { } refusal ? Refused(refusal)
        : await ManagerDocumentsController.CompareAsync(this, revisions, RevisionSubject.Interpretation, id, from, to,
            $"解读《{interpretation.Rules.Title}》", $"/manager/interpretations/{id}"));

    [HttpPost("manager/interpretations/{id:int}/revisions/{number:int}/restore")]
    public Task<IActionResult> Restore(int id, int number, Guid version) => AsActorAsync(async actor =>
    {
        if (await Queries.SnapshotAsync<InterpretationInput>(RevisionSubject.Interpretation, id, number, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(actor, id, snapshot, version, $"恢复第 {number} 版", HttpContext.RequestAborted);
        if (outcome.Kind is OutcomeKind.Done or OutcomeKind.Refused or OutcomeKind.NotFound)
        {
            return outcome.Kind == OutcomeKind.Done ? Done($"已恢复第 {number} 版（保存为新的版本）。", $"/manager/interpretations/{id}")
                : outcome.Kind == OutcomeKind.Refused ? Refused(outcome.Message) : NotFound();
        }

        var interpretation = await Queries.InterpretationAsync(id, HttpContext.RequestAborted);
        Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(Views + "Interpretation.cshtml", new InterpretationPage(actor, interpretation!, outcome.Message, outcome.Errors));
    });

    private ViewResult Form(
        int documentId, string documentTitle, int? id, InterpretationFields fields, IReadOnlyDictionary<string, string>? errors = null,
        string? message = null, string? previewHtml = null, IReadOnlyList<RevisionComparison.Line>? conflict = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var page = new EditPage<InterpretationFields>(
            id is null ? "撰写政策解读" : "修改政策解读",
            id is null ? $"/manager/documents/{documentId}/interpretations/new" : $"/manager/interpretations/{id}/edit",
            id is null ? $"/manager/documents/{documentId}" : $"/manager/interpretations/{id}",
            fields, errors ?? new Dictionary<string, string>(), message, previewHtml, conflict)
        {
            DocumentTitle = documentTitle,
            IsNew = id is null,
        };
        return View(Views + "InterpretationEdit.cshtml", page);
    }
}
