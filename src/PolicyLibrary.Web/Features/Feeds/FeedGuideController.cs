using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Features.Feeds;

/// <summary>
/// 订阅说明: a page for people. A feed opened in a browser is raw XML (Chromium applies no stylesheet to Atom), so the
/// visible 订阅 links lead here, where each feed's address can be copied into a feed reader.
/// </summary>
[OutputCache(PolicyName = "Library")]
public sealed class FeedGuideController(LibraryQueries library) : Controller
{
    [HttpGet(Links.FeedGuide)]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new FeedGuide(
            $"{Request.Scheme}://{Request.Host}", (await library.CategoryCountsAsync(ct)).Where(c => c.DocumentCount > 0).ToList()));
}
