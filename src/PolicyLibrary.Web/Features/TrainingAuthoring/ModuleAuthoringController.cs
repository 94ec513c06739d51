using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Manager;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Revisions;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.Manager;
using PolicyLibrary.Web.Features.TrainingSessions;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

/// <summary>
/// Training modules in the manager (/manager/training/modules): list, create, edit the fields, lessons (add, edit with
/// preview, reorder, remove) and the quiz, publish and unpublish, revisions. Every change is the whole module handed to
/// <see cref="ModuleEditor"/> with the version the form was read at.
/// </summary>
[Route("manager/training/modules")]
public sealed class ModuleAuthoringController(ModuleAuthoringQueries queries, ModuleEditor editor, RevisionComparison revisions, BodyRendering rendering)
    : CoordinatorController
{
    private const string Pages = "~/Features/TrainingAuthoring/";

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor) => View(Pages + "Index.cshtml", await queries.ListAsync(HttpContext.RequestAborted));

    [HttpGet("new")]
    public async Task<IActionResult> New(Actor actor, int? year) =>
        await FieldsFormAsync(null, new ModuleFields { Year = year ?? ChinaTime.DateOf(DateTime.UtcNow).Year });

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(Actor actor, [FromForm] ModuleFields fields)
    {
        var binding = BindingErrors();
        var outcome = binding.Count > 0 ? Outcome.Invalid(binding)
            : await editor.CreateAsync(actor, fields.Over(new ModuleInput()), fields.Slug, HttpContext.RequestAborted);
        var slug = outcome.Succeeded ? await queries.SlugAsync(outcome.Id, HttpContext.RequestAborted) : null;
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { slug }), async o =>
            await FieldsFormAsync(null, fields, Merge(o.Errors, binding), o.Message, StatusCodes.Status400BadRequest));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(Actor actor, string slug)
    {
        if (await queries.ModuleAsync(slug, HttpContext.RequestAborted) is not { } module)
        {
            return NotFound();
        }

        var history = (await revisions.HistoryAsync(RevisionSubject.TrainingModule, module.Id, HttpContext.RequestAborted))
            .Select(r => new RevisionEntry(r.Number, r.Note, r.AuthorName, r.AtUtc)).ToList();
        return View(Pages + "Module.cshtml", new ModulePage(module, new HistoryPanel(ControllerName<ModuleAuthoringController>(), new Dictionary<string, string> { ["slug"] = slug }, history, true, module.Version)));
    }

    [HttpGet("{slug}/edit")]
    public Task<IActionResult> Edit(Actor actor, string slug) => WithModuleAsync(slug, module =>
        FieldsFormAsync(module, ModuleFields.From(module.Input, module.Version)));

    [HttpPost("{slug}/edit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Update(Actor actor, string slug, [FromForm] ModuleFields fields) => WithModuleAsync(slug, async module =>
    {
        var binding = BindingErrors();
        var outcome = binding.Count > 0 ? Outcome.Invalid(binding)
            : await editor.UpdateAsync(actor, slug, fields.Over(module.Input), fields.Version ?? Guid.Empty, ct: HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { slug }), async o =>
            await FieldsFormAsync(module, Refreshed(fields, o, module), Merge(o.Errors, binding), o.Message, Status(o)));
    });

    [HttpPost("{slug}/publish")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Publish(Actor actor, string slug, Guid version) =>
        AnswerOnPage(await editor.SetPublishedAsync(actor, slug, true, version, HttpContext.RequestAborted), UrlOf(nameof(Show), new { slug }));

    [HttpPost("{slug}/unpublish")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unpublish(Actor actor, string slug, Guid version) =>
        AnswerOnPage(await editor.SetPublishedAsync(actor, slug, false, version, HttpContext.RequestAborted), UrlOf(nameof(Show), new { slug }));

    [HttpGet("{slug}/lessons/new")]
    public Task<IActionResult> NewLesson(Actor actor, string slug) => WithModuleAsync(slug, module =>
        LessonFormAsync(module, null, new LessonFields { Version = module.Version }));

    [HttpPost("{slug}/lessons/new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> AddLesson(Actor actor, string slug, [FromForm] LessonFields fields, string? preview) => WithModuleAsync(slug, async module =>
    {
        if (preview is not null)
        {
            return await LessonFormAsync(module, null, fields, previewHtml: await rendering.HtmlAsync(fields.BodyMarkdown, ct: HttpContext.RequestAborted));
        }

        var input = module.Input with { Lessons = [.. module.Input.Lessons, new LessonInput(null, fields.Title ?? "", fields.BodyMarkdown ?? "")] };
        var outcome = await editor.UpdateAsync(actor, slug, input, fields.Version ?? Guid.Empty, ct: HttpContext.RequestAborted);
        return await AnswerAsync(outcome with { Message = outcome.Succeeded ? "课时已添加。" : outcome.Message }, UrlOf(nameof(Show), new { slug }), async o =>
            await LessonFormAsync(module, null, Refreshed(fields, o, module), LessonErrors(o), o.Message, status: Status(o)));
    });

    [HttpGet("{slug}/lessons/{number:int}/edit")]
    public Task<IActionResult> EditLesson(Actor actor, string slug, int number) => WithLessonAsync(slug, number, (module, lesson) =>
        LessonFormAsync(module, number, new LessonFields { Title = lesson.Title, BodyMarkdown = lesson.BodyMarkdown, Version = module.Version }));

    [HttpPost("{slug}/lessons/{number:int}/edit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> UpdateLesson(Actor actor, string slug, int number, [FromForm] LessonFields fields, string? preview) =>
        WithLessonAsync(slug, number, async (module, lesson) =>
        {
            if (preview is not null)
            {
                return await LessonFormAsync(module, number, fields, previewHtml: await rendering.HtmlAsync(fields.BodyMarkdown, ct: HttpContext.RequestAborted));
            }

            var lessons = module.Input.Lessons.Select(l => l.Id == lesson.Id ? l with { Title = fields.Title ?? "", BodyMarkdown = fields.BodyMarkdown ?? "" } : l);
            var outcome = await editor.UpdateAsync(actor, slug, module.Input with { Lessons = [.. lessons] }, fields.Version ?? Guid.Empty, ct: HttpContext.RequestAborted);
            return await AnswerAsync(outcome, UrlOf(nameof(Show), new { slug }), async o =>
                await LessonFormAsync(module, number, Refreshed(fields, o, module), LessonErrors(o), o.Message, status: Status(o)));
        });

    /// <summary>Moves a lesson one place up or down; its readers keep it as read.</summary>
    [HttpPost("{slug}/lessons/{number:int}/move")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> MoveLesson(Actor actor, string slug, int number, string? direction, Guid version) => WithLessonAsync(slug, number, async (module, lesson) =>
    {
        var lessons = module.Input.Lessons.ToList();
        var to = direction == "up" ? number - 2 : direction == "down" ? number : -1;
        if (to < 0 || to >= lessons.Count)
        {
            return BadInput("无法移动：已在最前或最后，或方向不是 up / down。");
        }

        (lessons[number - 1], lessons[to]) = (lessons[to], lessons[number - 1]);
        var outcome = await editor.UpdateAsync(actor, slug, module.Input with { Lessons = lessons }, version, ct: HttpContext.RequestAborted);
        return AnswerOnPage(outcome with { Message = outcome.Succeeded ? $"已调整“{lesson.Title}”的顺序。" : outcome.Message }, UrlOf(nameof(Show), new { slug }));
    });

    [HttpPost("{slug}/lessons/{number:int}/delete")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RemoveLesson(Actor actor, string slug, int number, Guid version) => WithLessonAsync(slug, number, async (module, lesson) =>
    {
        var input = module.Input with { Lessons = [.. module.Input.Lessons.Where(l => l.Id != lesson.Id)] };
        var outcome = await editor.UpdateAsync(actor, slug, input, version, ct: HttpContext.RequestAborted);
        return AnswerOnPage(outcome with { Message = outcome.Succeeded ? $"已删除课时“{lesson.Title}”。" : outcome.Message }, UrlOf(nameof(Show), new { slug }));
    });

    [HttpGet("{slug}/quiz")]
    public Task<IActionResult> Quiz(Actor actor, string slug) => WithModuleAsync(slug, module =>
        QuizFormAsync(module, QuizFields.From(module.Input.Questions, module.Version)));

    [HttpPost("{slug}/quiz")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> SaveQuiz(Actor actor, string slug, [FromForm] QuizFields fields) => WithModuleAsync(slug, async module =>
    {
        var binding = BindingErrors();
        var outcome = binding.Count > 0 ? Outcome.Invalid(binding)
            : await editor.UpdateAsync(actor, slug, module.Input with { Questions = fields.ToQuestions() }, fields.Version ?? Guid.Empty, ct: HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { slug }), async o =>
        {
            if (o.Kind == OutcomeKind.Conflict)
            {
                fields.Version = module.Version;
            }

            return await QuizFormAsync(module, fields, Merge(o.Errors, binding), o.Message, Status(o));
        });
    });

    [HttpGet("{slug}/revisions")]
    public Task<IActionResult> Revisions(Actor actor, string slug, int? from, int? to) => WithModuleAsync(slug, module =>
        ManagerDocumentsController.CompareAsync(this, revisions, RevisionSubject.TrainingModule, module.Id, from, to,
            $"《{module.Input.Title}》", UrlOf(nameof(Show), new { slug })));

    [HttpPost("{slug}/revisions/{number:int}/restore")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Restore(Actor actor, string slug, int number, Guid version, [FromServices] ManagerQueries managerQueries) => WithModuleAsync(slug, async module =>
    {
        if (await managerQueries.SnapshotAsync<ModuleInput>(RevisionSubject.TrainingModule, module.Id, number, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(actor, slug, snapshot, version, number, HttpContext.RequestAborted);
        return AnswerOnPage(outcome with { Message = outcome.Succeeded ? $"已恢复第 {number} 版（保存为新的版本）。" : outcome.Message }, UrlOf(nameof(Show), new { slug }));
    });

    private async Task<IActionResult> WithModuleAsync(string slug, Func<AuthoredModule, Task<IActionResult>> action) =>
        await queries.ModuleAsync(slug, HttpContext.RequestAborted) is { } module ? await action(module) : NotFound();

    private Task<IActionResult> WithLessonAsync(string slug, int number, Func<AuthoredModule, LessonInput, Task<IActionResult>> action) =>
        WithModuleAsync(slug, module => number >= 1 && number <= module.Input.Lessons.Count
            ? action(module, module.Input.Lessons[number - 1]) : Task.FromResult<IActionResult>(NotFound()));

    private static int Status(Outcome o) => o.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;

    /// <summary>After a conflict the form keeps what was typed and takes the saved version, so saving again is a choice.</summary>
    private static ModuleFields Refreshed(ModuleFields fields, Outcome o, AuthoredModule module)
    {
        if (o.Kind == OutcomeKind.Conflict)
        {
            fields.Version = module.Version;
        }

        return fields;
    }

    private static LessonFields Refreshed(LessonFields fields, Outcome o, AuthoredModule module)
    {
        if (o.Kind == OutcomeKind.Conflict)
        {
            fields.Version = module.Version;
        }

        return fields;
    }

    /// <summary>The core names a lesson's problems LessonTitle / LessonBody; the lesson form's fields are Title / BodyMarkdown.</summary>
    private static Dictionary<string, string> LessonErrors(Outcome o) => o.Errors.ToDictionary(
        e => e.Key switch { "LessonTitle" => "Title", "LessonBody" => "BodyMarkdown", _ => e.Key }, e => e.Value);

    private async Task<IActionResult> FieldsFormAsync(
        AuthoredModule? module, ModuleFields fields, IReadOnlyDictionary<string, string>? errors = null, string? message = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var slug = module?.Slug;
        return View(Pages + "Edit.cshtml", new AuthoringForm<ModuleFields>(
            module is null ? "新建培训课程" : "修改课程信息", module is null ? UrlOf(nameof(New)) : UrlOf(nameof(Edit), new { slug }),
            module is null ? UrlOf(nameof(Index)) : UrlOf(nameof(Show), new { slug }), fields, errors ?? new Dictionary<string, string>(), message)
        {
            ModuleTitle = module?.Input.Title,
            ModuleSlug = slug,
            Units = await queries.UnitsAsync(HttpContext.RequestAborted),
        });
    }

    private Task<IActionResult> LessonFormAsync(
        AuthoredModule module, int? number, LessonFields fields, IReadOnlyDictionary<string, string>? errors = null, string? message = null,
        string? previewHtml = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var baseUrl = UrlOf(nameof(Show), new { slug = module.Slug });
        return Task.FromResult<IActionResult>(View(Pages + "Lesson.cshtml", new AuthoringForm<LessonFields>(
            number is null ? "添加课时" : $"修改第 {number} 课时", number is null ? UrlOf(nameof(NewLesson), new { slug = module.Slug }) : UrlOf(nameof(EditLesson), new { slug = module.Slug, number }),
            baseUrl, fields, errors ?? new Dictionary<string, string>(), message, previewHtml)
        { ModuleTitle = module.Input.Title, ModuleSlug = module.Slug }));
    }

    private Task<IActionResult> QuizFormAsync(
        AuthoredModule module, QuizFields fields, IReadOnlyDictionary<string, string>? errors = null, string? message = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var baseUrl = UrlOf(nameof(Show), new { slug = module.Slug });
        return Task.FromResult<IActionResult>(View(Pages + "Quiz.cshtml", new AuthoringForm<QuizFields>(
            "编辑测验", UrlOf(nameof(Quiz), new { slug = module.Slug }), baseUrl, fields.WithSpare(), errors ?? new Dictionary<string, string>(), message)
        { ModuleTitle = module.Input.Title, ModuleSlug = module.Slug }));
    }
}
