using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.CheckIn;

/// <summary>
/// Staff checking in: the QR code's URL (a GET, since a phone's camera opens it; signing in first if needed) and the
/// typed-code form. The answer is a page in plain Chinese; a refusal records nothing.
/// </summary>
[Authorize]
[Route("training")]
public sealed class CheckInController(
    SessionCheckIn checkIn, SessionQueries queries, TimeProvider clock, CheckInGuessLimits limits, AuditLog audit, PolicyLibraryDbContext db) : Controller
{
    private const string Views = "~/Features/CheckIn/";

    [HttpGet("check-in/{id:int}")]
    public async Task<IActionResult> Scan(Actor actor, int id, string? code) =>
        await RecordAsync(actor, id, code, CheckInMethod.QrCode);

    [HttpGet("check-in")]
    public Task<IActionResult> Form(Actor actor) => FormAsync(actor, null);

    [HttpPost("check-in")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Typed(Actor actor, [FromForm] int? sessionId, [FromForm] string? code) =>
        sessionId is { } id ? await RecordAsync(actor, id, code, CheckInMethod.TypedCode) : await FormAsync(actor, "请选择要签到的培训。");

    /// <summary>The typed-code form with the sessions open for check-in now; with a problem it is a 400.</summary>
    private async Task<IActionResult> FormAsync(Actor actor, string? problem)
    {
        var open = (await queries.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted))
            .Where(s => s.Status == SessionStatus.CheckInOpen).ToList();
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(Views + "Form.cshtml", new CheckInFormPage(open, problem));
    }

    private async Task<IActionResult> RecordAsync(Actor actor, int id, string? code, CheckInMethod method)
    {
        Response.Headers.CacheControl = "no-store";
        if (await limits.IsBlockedAsync(actor.UserId, id, HttpContext.RequestAborted))
        {
            return await TooManyAsync(id);
        }

        var result = await checkIn.CheckInAsync(id, actor, code, method, HttpContext.RequestAborted);
        if (result.WrongCode && await limits.CountWrongAsync(actor.UserId, id, HttpContext.RequestAborted))
        {
            var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "未知";
            audit.Record(actor, AuditAction.CheckInThrottled, $"培训场次 {id}：签到码错误次数过多，暂停签到尝试（{ip}）");
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return await TooManyAsync(id);
        }

        Response.StatusCode = result.Outcome switch
        {
            CheckInOutcome.NotFound => StatusCodes.Status404NotFound,
            CheckInOutcome.Refused => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status200OK,
        };
        var session = result.Outcome == CheckInOutcome.NotFound ? null : await queries.RowAsync(id, HttpContext.RequestAborted);
        return View(Views + "Result.cshtml", new CheckInOutcomePage(result, session));
    }

    /// <summary>429: the allowance of wrong codes is used up; even the right code waits until it comes back.</summary>
    private async Task<IActionResult> TooManyAsync(int id)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)CheckInGuessLimits.PersonWindow.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = CheckInResult.Refused($"签到码错误次数过多，请 {CheckInGuessLimits.PersonWindow.TotalMinutes:0} 分钟后再试，或请培训管理员为您登记签到。");
        return View(Views + "Result.cshtml", new CheckInOutcomePage(refused, await queries.RowAsync(id, HttpContext.RequestAborted)));
    }
}
