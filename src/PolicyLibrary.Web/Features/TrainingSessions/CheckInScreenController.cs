using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>
/// The screen the coordinator projects: the rotating QR code and typed code, and the live roster. With script the page
/// polls <c>state</c> and swaps both in place; without it, it reloads when the code changes.
/// </summary>
[Route("manager/training/sessions/{id:int}/check-in")]
public sealed class CheckInScreenController(SessionQueries queries, TimeProvider clock) : CoordinatorController
{
    [HttpGet("")]
    public async Task<IActionResult> Screen(Actor actor, int id)
    {
        if (await queries.RosterAsync(id, HttpContext.RequestAborted) is not { } roster)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        Response.Headers.CacheControl = "no-store";
        ViewData["Now"] = now;
        return View(Views + "CheckInScreen.cshtml", CheckInScreen.At(roster, Origin, now));
    }

    [HttpGet("state")]
    public async Task<IActionResult> State(Actor actor, int id)
    {
        if (await queries.RosterAsync(id, HttpContext.RequestAborted) is not { } roster)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var screen = CheckInScreen.At(roster, Origin, now);
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = roster.Session.Status.ToString(),
            statusLabel = EnumLabels<SessionStatus>.Of(roster.Session.Status),
            code = roster.Session.Status == SessionStatus.CheckInOpen ? screen.Code : null,
            url = roster.Session.Status == SessionStatus.CheckInOpen ? screen.Url : null,
            qrSvg = roster.Session.Status == SessionStatus.CheckInOpen ? screen.QrSvg : null,
            secondsLeft = screen.SecondsLeft(now),
            counts = new
            {
                checkedIn = roster.PersonTimes,
                present = roster.Count(AttendanceStatus.Present),
                late = roster.Count(AttendanceStatus.Late),
                excused = roster.Count(AttendanceStatus.Excused),
                absent = roster.Count(AttendanceStatus.Absent),
                notCheckedIn = roster.NotCheckedIn,
                personTimes = roster.PersonTimes,
            },
            rows = roster.Rows.Select(r => new
            {
                id = r.StaffMemberId,
                name = r.Name,
                unit = r.UnitName,
                status = r.Status?.ToString(),
                statusLabel = r.Status is { } s ? EnumLabels<AttendanceStatus>.Of(s) : "未签到",
                time = r.AtUtc is { } at ? ChinaTime.TimeWithSeconds(at) : "",
                note = (r.Method is { } m ? EnumLabels<CheckInMethod>.Of(m) : "") + (string.IsNullOrEmpty(r.Remark) ? "" : "：" + r.Remark),
            }),
        });
    }

    private string Origin => $"{Request.Scheme}://{Request.Host}";
}
