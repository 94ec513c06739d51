using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Features.Manager;
using PolicyLibrary.Web.Features.Shared;
using PolicyLibrary.Web.Hosting;
using static PolicyLibrary.Web.Features.Shared.OutcomeProblems;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>
/// <c>/api/v1</c>, write side: drafts of documents and interpretations, and submitting them for review, through
/// the same core editors and permissions as the manager. Signed in by cookie or by a personal access token.
/// </summary>
public static class EditingApi
{
    public sealed record DocumentWrite(DocumentInput Document, Guid? Version);

    public sealed record InterpretationWrite(InterpretationInput Interpretation, Guid? Version);

    public sealed record Written(int Id, Guid Version, string Message);

    public static IEndpointRouteBuilder MapEditingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("起草与报审").RequireAuthorization(IdentitySetup.ApiWriters)
            .RequireAntiforgeryForCookies()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/documents", async (HttpContext http, CurrentActor current, DocumentEditor editor, VersionLookup versions, LinkGenerator links, CancellationToken ct) =>
            await ApiBody.ReadAsync<DocumentWrite>(http, "document", b => b.Document is not null) switch
            {
                (_, { } problem) => problem,
                var (body, _) => await Answer(current, actor => editor.CreateAsync(actor, body!.Document, ct), versions.OfDocumentAsync, id => ManagerPage<ManagerDocumentsController>(links, nameof(ManagerDocumentsController.Show), id), ct),
            })
        .Accepts<DocumentWrite>("application/json").WithSummary("起草新文件（草稿，起草单位为本人所在单位）");

        api.MapPut("/documents/{document:int}", async ([FromRoute(Name = "document")] int id, HttpContext http, CurrentActor current, DocumentEditor editor, VersionLookup versions, CancellationToken ct) =>
            await ApiBody.ReadAsync<DocumentWrite>(http, "document", b => b.Document is not null) switch
            {
                (_, { } problem) => problem,
                ({ Version: null }, _) => Problem(StatusCodes.Status400BadRequest, "缺少 version：请带上读取时得到的版本号，以免覆盖他人的修改。"),
                var (body, _) => await Answer(current, actor => editor.UpdateAsync(actor, id, body!.Document, body.Version!.Value, ct: ct), versions.OfDocumentAsync, null, ct),
            })
        .Accepts<DocumentWrite>("application/json").WithSummary("修改文件草稿（乐观并发：version 不一致时返回 409）");

        api.MapPost("/documents/{document:int}/interpretations", async ([FromRoute(Name = "document")] int id, HttpContext http, CurrentActor current, InterpretationEditor editor, VersionLookup versions, LinkGenerator links, CancellationToken ct) =>
            await ApiBody.ReadAsync<InterpretationWrite>(http, "interpretation", b => b.Interpretation is not null) switch
            {
                (_, { } problem) => problem,
                var (body, _) => await Answer(current, actor => editor.CreateAsync(actor, id, body!.Interpretation, ct), versions.OfInterpretationAsync, created => ManagerPage<ManagerInterpretationsController>(links, nameof(ManagerInterpretationsController.Show), created), ct),
            })
        .Accepts<InterpretationWrite>("application/json").WithSummary("为文件撰写解读（谁起草，谁解读）");

        api.MapPut("/interpretations/{interpretation:int}", async ([FromRoute(Name = "interpretation")] int id, HttpContext http, CurrentActor current, InterpretationEditor editor, VersionLookup versions, LinkGenerator links, CancellationToken ct) =>
            await ApiBody.ReadAsync<InterpretationWrite>(http, "interpretation", b => b.Interpretation is not null) switch
            {
                (_, { } problem) => problem,
                ({ Version: null }, _) => Problem(StatusCodes.Status400BadRequest, "缺少 version：请带上读取时得到的版本号。"),
                var (body, _) => await Answer(current, actor => editor.UpdateAsync(actor, id, body!.Interpretation, body.Version!.Value, ct: ct), versions.OfInterpretationAsync, null, ct),
            })
        .Accepts<InterpretationWrite>("application/json").WithSummary("修改解读草稿");

        api.MapPost("/documents/{document:int}/submit", async ([FromRoute(Name = "document")] int id, CurrentActor current, ReviewWorkflow workflow, VersionLookup versions, CancellationToken ct) =>
            await Answer(current, actor => workflow.SubmitAsync(actor, id, ct), versions.OfDocumentAsync, null, ct))
        .WithSummary("提交文件及其解读审核（同步审签）");

        return app;
    }

    private static async Task<IResult> Answer(CurrentActor current, Func<Organisation.Actor, Task<Outcome>> command,
        Func<int, CancellationToken, Task<Guid>> versionOf, Func<int, string>? createdAt, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return Problem(StatusCodes.Status401Unauthorized, "需要登录或接口令牌。");
        }

        var outcome = await command(actor);
        return outcome.Kind switch
        {
            OutcomeKind.Done when createdAt is not null => TypedResults.Created(
                createdAt(outcome.Id), new Written(outcome.Id, await versionOf(outcome.Id, ct), outcome.Message)),
            OutcomeKind.Done => TypedResults.Ok(new Written(outcome.Id, await versionOf(outcome.Id, ct), outcome.Message)),
            _ => OutcomeProblems.For(outcome),
        };
    }

    /// <summary>Where a created draft is seen in the manager: its page's route, generated.</summary>
    private static string ManagerPage<TController>(LinkGenerator links, string action, int id)
        where TController : Controller =>
        links.GetPathByAction(action, StaffController.ControllerName<TController>(), new { id })
        ?? throw new InvalidOperationException($"No route leads to {typeof(TController).Name}.{action}.");
}
