using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>Staff study at /training: my training, modules, lessons (read on a button), the quiz and its result, plans, certificates.</summary>
[Authorize]
[Route("training")]
public sealed class TrainingController(
    CurrentActor current, TrainingQueries queries, TrainingProgress progress, SessionQueries sessions, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(int? year) => AsActorAsync(async actor =>
    {
        var thisYear = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;
        if (year is not null and not (>= 2000 and <= 2100))
        {
            return BadRequest();
        }

        var training = await queries.MyTrainingAsync(actor, year ?? thisYear, HttpContext.RequestAborted);
        var upcoming = await sessions.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        return View(new MyTrainingPage(training, upcoming, actor.Is(Roles.TrainingCoordinator) || actor.Is(Roles.Administrator)));
    });

    [HttpGet("modules/{slug}")]
    public Task<IActionResult> Module(string slug) => WithModuleAsync(slug, (_, module) =>
        Task.FromResult<IActionResult>(View(module.Detail)));

    [HttpGet("modules/{slug}/lessons/{number:int}")]
    public Task<IActionResult> Lesson(string slug, int number) => WithModuleAsync(slug, async (actor, module) =>
        await queries.LessonAsync(actor, module.Module, number, HttpContext.RequestAborted) is { } lesson ? View(lesson) : NotFound());

    [HttpPost("modules/{slug}/lessons/{number:int}/read")]
    public Task<IActionResult> Read(string slug, int number) => AsActorAsync(async actor =>
    {
        var outcome = await progress.MarkLessonReadAsync(actor, slug, number, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        TempData["Message"] = outcome.Message;
        var count = (await queries.ModuleAsync(actor, slug, HttpContext.RequestAborted))!.Value.Detail.Lessons.Count;
        return Redirect(number < count ? $"/training/modules/{slug}/lessons/{number + 1}" : $"/training/modules/{slug}");
    });

    [HttpGet("modules/{slug}/quiz")]
    public Task<IActionResult> Quiz(string slug) => WithModuleAsync(slug, async (_, module) =>
        View(new QuizPage(await queries.QuizAsync(module.Module, HttpContext.RequestAborted), new HashSet<int>(), null)));

    /// <summary>Options arrive as q{questionId}=optionId; anything the form could not have sent is refused with a 400 and nothing is stored.</summary>
    [HttpPost("modules/{slug}/quiz")]
    public Task<IActionResult> Submit(string slug) => WithModuleAsync(slug, async (actor, module) =>
    {
        var (answers, problem) = QuizPost.Read(Request.Form);
        var outcome = problem is null ? await progress.SubmitQuizAsync(actor, slug, answers, HttpContext.RequestAborted) : null;
        if (outcome is { Succeeded: true })
        {
            return Redirect($"/training/attempts/{outcome.Id}");
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
    public Task<IActionResult> Result(int id) => AsActorAsync(async actor =>
        await queries.AttemptAsync(actor, id, HttpContext.RequestAborted) is { } result ? View(result) : NotFound());

    [HttpGet("certificates/{slug}")]
    public Task<IActionResult> Certificate(string slug) => AsActorAsync(async actor =>
        await queries.CertificateAsync(actor, slug, HttpContext.RequestAborted) is { } certificate ? View(certificate) : NotFound());

    [HttpGet("plans")]
    public IActionResult Plans() => Redirect($"/training/plans/{ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year}");

    [HttpGet("plans/{year:int}")]
    public async Task<IActionResult> Plan(int year) =>
        await queries.PlanAsync(year, HttpContext.RequestAborted) is { } plan ? View(plan) : NotFound();

    private async Task<IActionResult> AsActorAsync(Func<Actor, Task<IActionResult>> action) =>
        await current.GetAsync(HttpContext.RequestAborted) is { } actor ? await action(actor) : Challenge();

    /// <summary>Runs <paramref name="action"/> on a module the actor may study: unknown is a 404, outside the audience a 403 with the reason.</summary>
    private Task<IActionResult> WithModuleAsync(string slug, Func<Actor, (TrainingModule Module, ModuleDetail Detail), Task<IActionResult>> action) =>
        AsActorAsync(async actor =>
        {
            if (await queries.ModuleAsync(actor, slug, HttpContext.RequestAborted) is not { } module)
            {
                return NotFound();
            }

            return ModuleAudience.MayStudy(module.Module, actor) is { } refusal ? Failed(Outcome.Refused(refusal)) : await action(actor, module);
        });

    private IActionResult Failed(Outcome outcome)
    {
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = outcome.Kind == OutcomeKind.Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return View("Refused", outcome.Kind == OutcomeKind.Invalid ? outcome.Errors.Values.First() : outcome.Message);
    }
}
