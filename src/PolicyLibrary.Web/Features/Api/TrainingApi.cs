using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.Shared;
using PolicyLibrary.Web.Hosting;
using static PolicyLibrary.Web.Features.Shared.OutcomeProblems;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>
/// <c>/api/v1/training/modules</c>: staff read the modules they may study (the quiz without its key); training
/// coordinators and administrators read a module's source with the key and write it, through <see cref="ModuleEditor"/>.
/// </summary>
public static class TrainingApi
{
    public sealed record ModuleSummary(string Slug, string Title, string Summary, int Year, bool Required, decimal CreditHours, bool IsPublished);

    public sealed record LessonBody(int Number, string Title, string BodyHtml);

    /// <summary>What a learner reads: lessons and the quiz as the form shows it, nothing about which options are correct.</summary>
    public sealed record ModuleForStudy(ModuleDetail Module, IReadOnlyList<LessonBody> Lessons, QuizForm Quiz);

    public sealed record ModuleSource(string Slug, ModuleInput Module, bool IsPublished, int QuizVersion, Guid Version);

    public sealed record ModuleCreate(ModuleInput Module, string? Slug);

    public sealed record ModuleWrite(ModuleInput Module, Guid? Version);

    public sealed record PublishWrite(Guid? Version);

    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/training/modules").WithTags("培训课程").RequireAuthorization(IdentitySetup.ApiWriters);

        api.MapGet("", async (CurrentActor current, ModuleAuthoringQueries authoring, TrainingQueries study, TimeProvider clock, CancellationToken ct) =>
            await WithActor(current, async actor =>
            {
                if (Permissions.AuthorTraining(actor) is null)
                {
                    return TypedResults.Ok((await authoring.ListAsync(ct))
                        .Select(m => new ModuleSummary(m.Slug, m.Title, "", m.Year, m.Required, m.CreditHours, m.IsPublished)).ToList());
                }

                var mine = await study.MyTrainingAsync(actor, ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year, ct);
                return TypedResults.Ok(mine.Modules.Select(m => new ModuleSummary(m.Slug, m.Title, m.Summary, m.Year, m.Required, 0, true)).ToList());
            }, ct))
        .WithSummary("培训课程列表（工作人员：本人可学的已发布课程；培训管理员：全部课程）");

        api.MapGet("/{slug}", async (string slug, CurrentActor current, TrainingQueries study, CancellationToken ct) =>
            await WithActor(current, async actor =>
            {
                if (await study.ModuleAsync(actor, slug, ct) is not { } found || (!found.Module.IsPublished && Permissions.AuthorTraining(actor) is not null))
                {
                    return Problem(StatusCodes.Status404NotFound, "课程不存在。");
                }

                if (Permissions.Study(actor, found.Module) is { } refusal)
                {
                    return Problem(StatusCodes.Status403Forbidden, refusal);
                }

                var lessons = new List<LessonBody>();
                foreach (var link in found.Detail.Lessons)
                {
                    var page = (await study.LessonAsync(actor, found.Module, link.Number, ct))!;
                    lessons.Add(new LessonBody(page.Number, page.Title, page.BodyHtml));
                }

                return TypedResults.Ok(new ModuleForStudy(found.Detail, lessons, await study.QuizAsync(found.Module, ct)));
            }, ct))
        .WithSummary("学习一门课程：课时正文和测验题目（不含正确答案）");

        api.MapGet("/{slug}/source", async (string slug, CurrentActor current, ModuleAuthoringQueries authoring, CancellationToken ct) =>
            await WithActor(current, async actor =>
                Permissions.AuthorTraining(actor) is { } refusal ? Problem(StatusCodes.Status403Forbidden, refusal)
                : await authoring.ModuleAsync(slug, ct) is { } m ? TypedResults.Ok(new ModuleSource(m.Slug, m.Input, m.IsPublished, m.QuizVersion, m.Version))
                : Problem(StatusCodes.Status404NotFound, "课程不存在。"), ct))
        .WithSummary("课程的完整内容（含正确答案和版本号），供培训管理员编辑");

        // The writes answer to #17's rule: by cookie only with the page's anti-forgery token, by bearer token without.
        var writes = api.MapGroup("").RequireAntiforgeryForCookies();

        writes.MapPost("", async (ModuleCreate body, CurrentActor current, ModuleEditor editor, ModuleAuthoringQueries authoring, CancellationToken ct) =>
            await WriteAsync(current, authoring, actor => editor.CreateAsync(actor, body.Module, body.Slug, ct), created: true, ct))
        .WithSummary("新建培训课程（未发布）");

        writes.MapPut("/{slug}", async (string slug, ModuleWrite body, CurrentActor current, ModuleEditor editor, ModuleAuthoringQueries authoring, CancellationToken ct) =>
            body.Version is not { } version
                ? Problem(StatusCodes.Status400BadRequest, "缺少 version：请带上读取 source 时得到的版本号，以免覆盖他人的修改。")
                : await WriteAsync(current, authoring, actor => editor.UpdateAsync(actor, slug, body.Module, version, ct: ct), created: false, ct))
        .WithSummary("修改整门课程（课时按 id 保留学习进度；测验有变化即成为新版本，原有成绩和证书不变；version 不一致时 409）");

        writes.MapPost("/{slug}/publish", async (string slug, PublishWrite body, CurrentActor current, ModuleEditor editor, ModuleAuthoringQueries authoring, CancellationToken ct) =>
            await WriteAsync(current, authoring, actor => editor.SetPublishedAsync(actor, slug, true, body.Version ?? Guid.Empty, ct), created: false, ct))
        .WithSummary("发布课程");

        writes.MapPost("/{slug}/unpublish", async (string slug, PublishWrite body, CurrentActor current, ModuleEditor editor, ModuleAuthoringQueries authoring, CancellationToken ct) =>
            await WriteAsync(current, authoring, actor => editor.SetPublishedAsync(actor, slug, false, body.Version ?? Guid.Empty, ct), created: false, ct))
        .WithSummary("停止发布课程（学习记录和证书保持有效）");

        return app;
    }

    private static async Task<IResult> WithActor(CurrentActor current, Func<Actor, Task<IResult>> action, CancellationToken ct) =>
        await current.GetAsync(ct) is { } actor ? await action(actor) : Problem(StatusCodes.Status401Unauthorized, "需要登录或接口令牌。");

    private static Task<IResult> WriteAsync(CurrentActor current, ModuleAuthoringQueries authoring, Func<Actor, Task<Outcome>> command, bool created, CancellationToken ct) =>
        WithActor(current, async actor =>
        {
            var outcome = await command(actor);
            if (!outcome.Succeeded)
            {
                return OutcomeProblems.For(outcome);
            }

            var slug = (await authoring.SlugAsync(outcome.Id, ct))!;
            var m = (await authoring.ModuleAsync(slug, ct))!;
            var source = new ModuleSource(m.Slug, m.Input, m.IsPublished, m.QuizVersion, m.Version);
            return created ? TypedResults.Created($"/api/v1/training/modules/{slug}/source", source) : TypedResults.Ok(source);
        }, ct);
}
