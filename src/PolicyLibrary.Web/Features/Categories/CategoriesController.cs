using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Categories;

/// <summary>/manager/categories: the proactive-disclosure catalogue (主动公开目录); a category in use is merged or hidden, never deleted.</summary>
[Route("manager/categories")]
public sealed class CategoriesController(CategoryDirectory categories) : AdministratorController
{
    private const string Views = "~/Features/Categories/";

    private const string FormView = Views + "CategoryEdit.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor)
    {
        var list = await categories.ListAsync(actor, HttpContext.RequestAborted);
        return list.Allowed ? View(Views + "Categories.cshtml", list.Value) : Refused(list.Refusal!);
    }

    [HttpGet("new")]
    public IActionResult New(Actor actor) =>
        Permissions.EditCategories(actor) is { } refusal ? Refused(refusal) : View(FormView, new CategoryForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(Actor actor, CategoryForm form)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Refused(refusal);
        }

        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        var outcome = await categories.CreateAsync(actor, form.ToInput(), HttpContext.RequestAborted);
        return Answer(outcome, UrlOf(nameof(Edit), new { id = outcome.Id }), o => Invalid(form, o));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(Actor actor, int id) =>
        await FormAsync(actor, id, (row, all) => View(FormView, CategoryForm.From(row, all)));

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(Actor actor, int id, CategoryForm form) => await FormAsync(actor, id, async (row, all) =>
    {
        (form.Code, form.Row, form.Others) = (row.Code, row, CategoryForm.From(row, all).Others);
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        var outcome = await categories.UpdateAsync(actor, id, form.ToInput(), HttpContext.RequestAborted);
        return Answer(outcome, UrlOf(nameof(Edit), new { id }), o => Invalid(form, o));
    });

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(Actor actor, int id) =>
        Answer(await categories.DeleteAsync(actor, id, HttpContext.RequestAborted), UrlOf(nameof(Index)));

    [HttpPost("{id:int}/merge")]
    public async Task<IActionResult> Merge(Actor actor, int id, int? intoId) => await FormAsync(actor, id, async (row, all) =>
    {
        var outcome = await categories.MergeAsync(actor, id, intoId ?? 0, HttpContext.RequestAborted);
        return Answer(outcome, UrlOf(nameof(Index)), o => Invalid(CategoryForm.From(row, all), o));
    });

    private async Task<IActionResult> FormAsync(Actor actor, int id, Func<CategoryRow, IReadOnlyList<CategoryRow>, IActionResult> show) =>
        await FormAsync(actor, id, (row, all) => Task.FromResult(show(row, all)));

    private async Task<IActionResult> FormAsync(Actor actor, int id, Func<CategoryRow, IReadOnlyList<CategoryRow>, Task<IActionResult>> show)
    {
        var list = await categories.ListAsync(actor, HttpContext.RequestAborted);
        if (!list.Allowed)
        {
            return Refused(list.Refusal!);
        }

        return list.Value!.FirstOrDefault(c => c.Id == id) is { } row ? await show(row, list.Value!) : Missing("该分类不存在。");
    }

    private ViewResult Invalid(CategoryForm form, Outcome? outcome = null)
    {
        if (outcome is not null)
        {
            AddErrors(outcome);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(FormView, form);
    }
}
