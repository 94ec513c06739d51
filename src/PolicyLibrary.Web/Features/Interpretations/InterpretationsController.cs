using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Features.Interpretations;

[OutputCache(PolicyName = "Library")]
[Route("interpretations")]
public sealed class InterpretationsController(LibraryQueries library) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, CancellationToken ct)
    {
        var messages = new List<string>();
        var list = await library.InterpretationsAsync(DocumentFilter.ParsePage(page, messages), ct);
        ViewData["Messages"] = messages.Select(m => m + "，已显示第 1 页。").ToList();
        return View(list);
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await library.InterpretationAsync(slug, ct) is { } interpretation ? View(interpretation) : NotFound();
}
