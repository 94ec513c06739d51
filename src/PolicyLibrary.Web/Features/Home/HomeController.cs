using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Features.Home;

[OutputCache(PolicyName = "Library")]
public sealed class HomeController(LibraryQueries library) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await library.HomeAsync(ct));
}
