using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Features.Home;

public sealed class HomeController(LibraryQueries library) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await library.HomeAsync(ct));
}
