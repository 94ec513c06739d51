using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PolicyLibrary.Search;

namespace PolicyLibrary.Web.Features.Search;

[OutputCache(PolicyName = "Library")]
public sealed class SearchController(SearchQueries search) : Controller
{
    /// <summary>Full-text search of the public library; every value arrives as text and is checked by <see cref="SearchRequest"/>.</summary>
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string? category, string? organ, string? kind, string? validity,
        string? from, string? to, string? numberYear, string? number, string? sort, string? page, CancellationToken ct)
    {
        var request = SearchRequest.FromQuery(q, category, organ, kind, validity, from, to, numberYear, number, sort, page);
        return View(await search.SearchAsync(request, ct));
    }
}
