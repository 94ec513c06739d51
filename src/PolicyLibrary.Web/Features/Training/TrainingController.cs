using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>Staff study at /training: my training, modules, lessons (read on a button), the quiz and its result, plans, certificates.</summary>
[Route("training")]
public sealed class TrainingController(
    TrainingQueries queries, TrainingProgress progress, SessionQueries sessions, TimeProvider clock) : StaffController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, int? year)
    {
        var thisYear = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;
        if (year is not null and not (>= 2000 and <= 2100))
        {
            return BadRequest();
        }

        var training = await queries.MyTrainingAsync(actor, year ?? thisYear, HttpContext.RequestAborted);
        var upcoming = await sessions.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        return View(new MyTrainingPage(training, upcoming, Permissions.Coordinate(actor) is null));
    }

    [HttpGet("modules/{slug}")]
    public Task<IActionResult> Module(Actor actor, string slug) => WithModuleAsync(actor, slug, module =>
        Task.FromResult<IActionResult>(View(module.Detail)));

    [HttpGet("modules/{slug}/lessons/{number:int}")]
    public Task<IActionResult> Lesson(Actor actor, string slug, int number) => WithModuleAsync(actor, slug, async module =>
        await queries.LessonAsync(actor, module.Module, number, HttpContext.RequestAborted) is { } lesson ? View(lesson) : NotFound());

    [HttpPost("modules/{slug}/lessons/{number:int}/read")]
    public async Task<IActionResult> Read(Actor actor, string slug, int number)
    {
        var outcome = await progress.MarkLessonReadAsync(actor, slug, number, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        TempData[MessageKey] = outcome.Message;
        var count = (await queries.ModuleAsync(actor, slug, HttpContext.RequestAborted))!.Value.Detail.Lessons.Count;
        return Redirect(number < count ? UrlOf(nameof(Lesson), new { slug, number = number + 1 }) : UrlOf(nameof(Module), new { slug }));
    }

    [HttpGet("modules/{slug}/quiz")]
    public Task<IActionResult> Quiz(Actor actor, string slug) => WithModuleAsync(actor, slug, async module =>
        View(new QuizPage(await queries.QuizAsync(module.Module, HttpContext.RequestAborted), new HashSet<int>(), null)));

    /// <summary>Options arrive as q{questionId}=optionId; anything the form could not have sent is refused with a 400 and nothing is stored.</summary>
    [HttpPost("modules/{slug}/quiz")]
    public Task<IActionResult> Submit(Actor actor, string slug) => WithModuleAsync(actor, slug, async module =>
    {
        var (answers, problem) = QuizPost.Read(Request.Form);
        var outcome = problem is null ? await progress.SubmitQuizAsync(actor, slug, answers, HttpContext.RequestAborted) : null;
        if (outcome is { Succeeded: true })
        {
            return RedirectToAction(nameof(Result), new { id = outcome.Id });
        }

        if (outcome is { Kind: not OutcomeKind.Invalid })
        {
            return Failed(outcome);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var chosen = answers.Values.SelectMany(v => v).ToHashSet();
        return View("Quiz", new QuizPage(await queries.QuizAsync(module.Module, HttpContext.RequestAborted), chosen, problem ?? outcome!.Errors["answers"]));
    });

    [HttpGet("attempts/{id:int}")]
    public async Task<IActionResult> Result(Actor actor, int id) =>
        await queries.AttemptAsync(actor, id, HttpContext.RequestAborted) is { } result ? View(result) : NotFound();

    [HttpGet("certificates/{slug}")]
    public async Task<IActionResult> Certificate(Actor actor, string slug) =>
        await queries.CertificateAsync(actor, slug, HttpContext.RequestAborted) is { } certificate ? View(certificate) : NotFound();

    [HttpGet("plans")]
    public IActionResult Plans() => RedirectToAction(nameof(Plan), new { year = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year });

    [HttpGet("plans/{year:int}")]
    public async Task<IActionResult> Plan(int year) =>
        await queries.PlanAsync(year, HttpContext.RequestAborted) is { } plan ? View(plan) : NotFound();

    /// <summary>Runs <paramref name="action"/> on a module the actor may study: unknown is a 404, outside the audience a 403 with the reason.</summary>
    private async Task<IActionResult> WithModuleAsync(Actor actor, string slug, Func<(TrainingModule Module, ModuleDetail Detail), Task<IActionResult>> action)
    {
        // An unpublished module does not exist for those who may not author it.
        if (await queries.ModuleAsync(actor, slug, HttpContext.RequestAborted) is not { } module
            || (!module.Module.IsPublished && Permissions.AuthorTraining(actor) is not null))
        {
            return NotFound();
        }

        return Permissions.Study(actor, module.Module) is { } refusal ? Refused(refusal) : await action(module);
    }

    /// <summary>A command the core did not do: unknown is a 404, the rest the refusal page with the core's reason.</summary>
    private IActionResult Failed(Outcome outcome) => outcome.Kind == OutcomeKind.NotFound ? NotFound() : Answer(outcome, "");
}
