using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.TrainingCheckIn;

/// <summary>
/// Staff checking in: the QR code's URL (a GET, since a phone's camera opens it; signing in first if needed) and the
/// typed-code form. The answer is a page in plain Chinese; a refusal records nothing.
/// </summary>
[Authorize]
[Route("training")]
public sealed class StaffCheckInController(CurrentActor current, SessionCheckIn checkIn, SessionQueries queries, TimeProvider clock) : Controller
{
    private const string Views = "~/Features/TrainingCheckIn/";

    [HttpGet("check-in/{id:int}")]
    public async Task<IActionResult> Scan(int id, string? code) =>
        await RecordAsync(id, code, CheckInMethod.QrCode);

    [HttpGet("check-in")]
    public async Task<IActionResult> Form()
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } actor)
        {
            return Challenge();
        }

        var open = (await queries.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted))
            .Where(s => s.Status == SessionStatus.CheckInOpen).ToList();
        return View(Views + "Form.cshtml", new CheckInFormPage(open, null));
    }

    [HttpPost("check-in")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Typed([FromForm] string? sessionId, [FromForm] string? code)
    {
        if (!int.TryParse(sessionId, out var id))
        {
            if (await current.GetAsync(HttpContext.RequestAborted) is not { } actor)
            {
                return Challenge();
            }

            var open = (await queries.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted))
                .Where(s => s.Status == SessionStatus.CheckInOpen).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(Views + "Form.cshtml", new CheckInFormPage(open, "请选择要签到的培训。"));
        }

        return await RecordAsync(id, code, CheckInMethod.TypedCode);
    }

    private async Task<IActionResult> RecordAsync(int id, string? code, CheckInMethod method)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } actor)
        {
            return Challenge();
        }

        var result = await checkIn.CheckInAsync(id, actor, code, method, HttpContext.RequestAborted);
        Response.StatusCode = result.Outcome switch
        {
            CheckInOutcome.NotFound => StatusCodes.Status404NotFound,
            CheckInOutcome.Refused => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status200OK,
        };
        Response.Headers.CacheControl = "no-store";
        var session = result.Outcome == CheckInOutcome.NotFound ? null : await queries.RowAsync(id, HttpContext.RequestAborted);
        return View(Views + "Result.cshtml", new CheckInOutcomePage(result, session));
    }
}
