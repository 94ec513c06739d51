using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>The public certificate check: anyone with the code printed on a certificate sees the name, module and date — nothing more.</summary>
[Route("verify")]
public sealed class VerifyController(TrainingQueries queries) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? code) =>
        code is null ? View() : RedirectToAction(nameof(Show), new { code = code.Trim() });

    [HttpGet("{code}")]
    public async Task<IActionResult> Show(string? code)
    {
        // A blank code (/verify/%20) binds as null: it is an unknown code like any other.
        code = code?.Trim() ?? "";
        if (await queries.VerifyAsync(code, HttpContext.RequestAborted) is { } check)
        {
            return View(check);
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Unknown", code.Length > 40 ? code[..40] : code);
    }
}
