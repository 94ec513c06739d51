using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.TrainingSessions;

namespace PolicyLibrary.Web.Features.CheckIn;

/// <summary>
/// The screen the coordinator projects: the rotating QR code and typed code, and the live attendance sheet. With script the page
/// polls <c>state</c> and swaps both in place; without it, it reloads when the code changes.
/// </summary>
[Route("manager/training/sessions/{id:int}/check-in")]
public sealed class CheckInScreenController(SessionQueries queries, TimeProvider clock) : CoordinatorController
{
    [HttpGet("")]
    public async Task<IActionResult> Screen(Actor actor, int id)
    {
        if (await queries.AttendanceSheetAsync(id, HttpContext.RequestAborted) is not { } sheet)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        Response.Headers.CacheControl = "no-store";
        ViewData["Now"] = now;
        return View("~/Features/CheckIn/CheckInScreen.cshtml", CheckInScreen.At(sheet, Origin, now));
    }

    [HttpGet("state")]
    public async Task<IActionResult> State(Actor actor, int id)
    {
        if (await queries.AttendanceSheetAsync(id, HttpContext.RequestAborted) is not { } sheet)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var screen = CheckInScreen.At(sheet, Origin, now);
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = sheet.Session.Status.ToString(),
            statusLabel = EnumLabels<SessionStatus>.Of(sheet.Session.Status),
            code = sheet.Session.Status == SessionStatus.CheckInOpen ? screen.Code : null,
            url = sheet.Session.Status == SessionStatus.CheckInOpen ? screen.Url : null,
            qrSvg = sheet.Session.Status == SessionStatus.CheckInOpen ? screen.QrSvg : null,
            secondsLeft = screen.SecondsLeft(now),
            counts = new
            {
                checkedIn = sheet.PersonTimes,
                present = sheet.Count(AttendanceStatus.Present),
                late = sheet.Count(AttendanceStatus.Late),
                excused = sheet.Count(AttendanceStatus.Excused),
                absent = sheet.Count(AttendanceStatus.Absent),
                notCheckedIn = sheet.NotCheckedIn,
                personTimes = sheet.PersonTimes,
            },
            rows = sheet.Rows.Select(r => new
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
