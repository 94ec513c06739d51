using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Manager;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>Interpretations under 谁起草，谁解读: new, edit with preview and conflicts, their page, revisions and restore.</summary>
public sealed class ManagerInterpretationsController(
    ManagerQueries queries, InterpretationEditor editor, RevisionComparison revisions, BodyRendering rendering) : ManagerControllerBase(queries)
{
    [HttpGet("manager/documents/{documentId:int}/interpretations/new")]
    public async Task<IActionResult> New(Actor actor, int documentId) =>
        await Queries.RulesAsync(documentId, HttpContext.RequestAborted) is not { } document ? NotFound()
        : Permissions.EditInterpretation(actor, document, null) is { } refusal ? Refused(refusal)
        : Form(document.Id, document.Title, null, new InterpretationFields { Form = InterpretationForm.Text, AuthorName = actor.DisplayName });

    [HttpPost("manager/documents/{documentId:int}/interpretations/new")]
    public async Task<IActionResult> New(Actor actor, int documentId, InterpretationFields fields, string? preview)
    {
        if (await Queries.RulesAsync(documentId, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        var binding = BindingErrors();
        if (preview is not null)
        {
            return Permissions.EditInterpretation(actor, document, null) is { } refusal ? Refused(refusal)
                : Form(document.Id, document.Title, null, fields, binding, previewHtml: await PreviewAsync(fields));
        }

        var outcome = await editor.CreateAsync(actor, documentId, fields.ToInput(), HttpContext.RequestAborted);
        return Answer(outcome, UrlOf(nameof(Show), new { id = outcome.Id }), o =>
            Form(document.Id, document.Title, null, fields, Merge(o.Errors, binding), o.Message, status: StatusCodes.Status400BadRequest));
    }

    [HttpGet("manager/interpretations/{id:int}")]
    public async Task<IActionResult> Show(Actor actor, int id) =>
        await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation ? NotFound()
        : Permissions.ViewDocument(actor, interpretation.Rules.Document!) is { } refusal ? Refused(refusal)
        : View(Views + "Interpretation.cshtml", new InterpretationPage(actor, interpretation, null, new Dictionary<string, string>()));

    [HttpGet("manager/interpretations/{id:int}/edit")]
    public async Task<IActionResult> Edit(Actor actor, int id) =>
        await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation ? NotFound()
        : Permissions.EditInterpretation(actor, interpretation.Rules.Document!, interpretation.Rules) is { } refusal ? Refused(refusal)
        : Form(interpretation.Rules.DocumentId, interpretation.Rules.Document!.Title, id,
            InterpretationFields.From(interpretation.Input, interpretation.Rules.Version));

    [HttpPost("manager/interpretations/{id:int}/edit")]
    public async Task<IActionResult> Edit(Actor actor, int id, InterpretationFields fields, string? preview)
    {
        if (await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation)
        {
            return NotFound();
        }

        var document = interpretation.Rules.Document!;
        var binding = BindingErrors();
        if (preview is not null)
        {
            return Permissions.EditInterpretation(actor, document, interpretation.Rules) is { } refusal ? Refused(refusal)
                : Form(document.Id, document.Title, id, fields, binding, previewHtml: await PreviewAsync(fields));
        }

        var outcome = await editor.UpdateAsync(actor, id, fields.ToInput(), fields.Version, ct: HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { id }), async o =>
        {
            if (o.Kind != OutcomeKind.Conflict)
            {
                return Form(document.Id, document.Title, id, fields, Merge(o.Errors, binding), o.Message, status: StatusCodes.Status400BadRequest);
            }

            var saved = await Queries.InterpretationAsync(id, HttpContext.RequestAborted);
            var diff = RevisionComparison.Diff(saved!.Input.ToText(), fields.ToInput().ToText());
            fields.Version = saved.Rules.Version;
            return Form(document.Id, document.Title, id, fields, new Dictionary<string, string>(), o.Message, conflict: diff, status: StatusCodes.Status409Conflict);
        });
    }

    [HttpGet("manager/interpretations/{id:int}/revisions")]
    public async Task<IActionResult> Revisions(Actor actor, int id, int? from, int? to) =>
        await Queries.InterpretationAsync(id, HttpContext.RequestAborted) is not { } interpretation ? NotFound()
        : Permissions.ViewDocument(actor, interpretation.Rules.Document!) is { } refusal ? Refused(refusal)
        : await ManagerDocumentsController.CompareAsync(this, revisions, RevisionSubject.Interpretation, id, from, to,
            $"解读《{interpretation.Rules.Title}》", UrlOf(nameof(Show), new { id }));

    [HttpPost("manager/interpretations/{id:int}/revisions/{number:int}/restore")]
    public async Task<IActionResult> Restore(Actor actor, int id, int number, Guid version)
    {
        if (await Queries.SnapshotAsync<InterpretationInput>(RevisionSubject.Interpretation, id, number, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(actor, id, snapshot, version, number, HttpContext.RequestAborted);
        return await AnswerAsync(outcome with { Message = outcome.Succeeded ? $"已恢复第 {number} 版（保存为新的版本）。" : outcome.Message },
            UrlOf(nameof(Show), new { id }), async o =>
            {
                var interpretation = await Queries.InterpretationAsync(id, HttpContext.RequestAborted);
                Response.StatusCode = o.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return View(Views + "Interpretation.cshtml", new InterpretationPage(actor, interpretation!, o.Message, o.Errors));
            });
    }

    /// <summary>As the saved interpretation will render: a 图解's images as its numbered figure list.</summary>
    private Task<string> PreviewAsync(InterpretationFields fields) =>
        rendering.HtmlAsync(fields.ToInput().BodyMarkdown, fields.Form == InterpretationForm.Graphic, HttpContext.RequestAborted);

    private ViewResult Form(
        int documentId, string documentTitle, int? id, InterpretationFields fields, IReadOnlyDictionary<string, string>? errors = null,
        string? message = null, string? previewHtml = null, IReadOnlyList<RevisionComparison.Line>? conflict = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var page = new EditPage<InterpretationFields>(
            id is null ? "撰写政策解读" : "修改政策解读",
            id is null ? UrlOf(nameof(New), new { documentId }) : UrlOf(nameof(Edit), new { id }),
            id is null ? UrlOf<ManagerDocumentsController>(nameof(ManagerDocumentsController.Show), new { id = documentId }) : UrlOf(nameof(Show), new { id }),
            fields, errors ?? new Dictionary<string, string>(), message, previewHtml, conflict)
        {
            DocumentTitle = documentTitle,
            IsNew = id is null,
        };
        return View(Views + "InterpretationEdit.cshtml", page);
    }
}
