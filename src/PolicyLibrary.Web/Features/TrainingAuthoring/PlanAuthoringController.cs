using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.TrainingSessions;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

/// <summary>年度学习培训规划 in the manager (/manager/training/plans): write a year's plan, schedule its sessions, see planned against held.</summary>
[Route("manager/training/plans")]
public sealed class PlanAuthoringController(PlanProgress plans, PlanEditor editor, ModuleAuthoringQueries modules) : CoordinatorController
{
    private const string Pages = "~/Features/TrainingAuthoring/";

    public sealed record PlanForm(AuthoringForm<PlanFields> Form, IReadOnlyList<(string Slug, string Title, int Year)> Modules);

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor) => View(Pages + "Plans.cshtml", await plans.YearsAsync(HttpContext.RequestAborted));

    [HttpGet("new")]
    public Task<IActionResult> New(Actor actor, int? year) =>
        FormAsync(null, new PlanFields { Year = year ?? ChinaTime.DateOf(DateTime.UtcNow).Year });

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(Actor actor, [FromForm] PlanFields fields)
    {
        var binding = BindingErrors();
        var outcome = binding.Count > 0 ? Outcome.Invalid(binding) : await editor.SaveAsync(actor, null, fields.ToInput(), null, HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { year = outcome.Id }), async o =>
            await FormAsync(null, fields, Merge(o.Errors, binding), o.Message, StatusCodes.Status400BadRequest));
    }

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Show(Actor actor, int year) =>
        await plans.PlanAsync(year, HttpContext.RequestAborted) is { } plan ? View(Pages + "Plan.cshtml", plan) : NotFound();

    [HttpGet("{year:int}/edit")]
    public async Task<IActionResult> Edit(Actor actor, int year) =>
        await plans.PlanAsync(year, HttpContext.RequestAborted) is { } plan ? await FormAsync(year, PlanFields.From(plan)) : NotFound();

    [HttpPost("{year:int}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(Actor actor, int year, [FromForm] PlanFields fields)
    {
        var binding = BindingErrors();
        fields.Year = year;
        var outcome = binding.Count > 0 ? Outcome.Invalid(binding) : await editor.SaveAsync(actor, year, fields.ToInput(), fields.Version, HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Show), new { year }), async o =>
        {
            if (o.Kind == OutcomeKind.Conflict && await plans.PlanAsync(year, HttpContext.RequestAborted) is { } saved)
            {
                fields.Version = saved.Version;
            }

            return await FormAsync(year, fields, Merge(o.Errors, binding), o.Message,
                o.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        });
    }

    private async Task<IActionResult> FormAsync(int? year, PlanFields fields, IReadOnlyDictionary<string, string>? errors = null, string? message = null, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var form = new AuthoringForm<PlanFields>(
            year is null ? "编写年度培训规划" : $"修改 {year} 年培训规划", year is null ? UrlOf(nameof(New)) : UrlOf(nameof(Edit), new { year }),
            year is null ? UrlOf(nameof(Index)) : UrlOf(nameof(Show), new { year }), fields.WithSpares(), errors ?? new Dictionary<string, string>(), message);
        return View(Pages + "PlanEdit.cshtml", new PlanForm(form, await modules.ChoicesAsync(HttpContext.RequestAborted)));
    }
}
