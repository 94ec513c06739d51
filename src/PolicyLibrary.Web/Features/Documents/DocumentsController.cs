using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Features.Documents;

[OutputCache(PolicyName = "Library")]
[Route("documents")]
public sealed class DocumentsController(LibraryQueries library) : Controller
{
    /// <summary>The list with its filters. Every value arrives as text and is checked by <see cref="DocumentFilter"/>.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? category, string? organ, string? year, string? kind, string? validity, string? page, CancellationToken ct)
    {
        var filter = DocumentFilter.FromQuery(category, organ, year, kind, validity, page);
        return View(await library.DocumentsAsync(filter, ct));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await library.DocumentAsync(slug, ct) is { } document ? View(document) : NotFound();
}
