using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>
/// A staff member's sessions: the "my upcoming sessions" page, a session's .ics, and the personal feed a calendar app
/// subscribes to by its secret URL. Anything malformed is a 404, never a 500.
/// </summary>
[Route("training")]
public sealed class TrainingCalendarController(
    CurrentActor current, SessionQueries queries, CalendarFeedAddresses feeds, OfficeIdentity office, TimeProvider clock) : Controller
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    [Authorize]
    [HttpGet("sessions")]
    public async Task<IActionResult> Mine(Actor actor)
    {
        var upcoming = await queries.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        var feed = $"{Request.Scheme}://{Request.Host}/training/calendar/{await feeds.SecretOfAsync(actor.UserId, HttpContext.RequestAborted)}.ics";
        return View("~/Features/Training/Mine.cshtml", new MySessionsPage(upcoming, feed, TempData[Shared.StaffController.MessageKey] as string));
    }

    /// <summary>A new address for a person who forwarded theirs or lost a phone: the old one stops working.</summary>
    [Authorize]
    [HttpPost("sessions/calendar/reset")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetFeed(Actor actor)
    {
        await feeds.ResetAsync(actor.UserId, HttpContext.RequestAborted);
        TempData[Shared.StaffController.MessageKey] = "已生成新的日历订阅地址，旧地址已失效。请在日历应用中改用新地址订阅。";
        return RedirectToAction(nameof(Mine));
    }

    [Authorize]
    [HttpGet("sessions/{id:int}/calendar.ics")]
    public async Task<IActionResult> Session(int id)
    {
        if (await queries.RowAsync(id, HttpContext.RequestAborted) is not { } session)
        {
            return NotFound();
        }

        var ics = SessionCalendar.Write(session.Title, [session], office, clock.GetUtcNow().UtcDateTime);
        return File(Encoding.UTF8.GetBytes(ics), CalendarType, $"training-{session.Slug}.ics");
    }

    [AllowAnonymous]
    [HttpGet("calendar/{token}.ics")]
    public async Task<IActionResult> Feed(string token)
    {
        if (await feeds.UserOfAsync(token, HttpContext.RequestAborted) is not { } userId)
        {
            return NotFound();
        }

        if (await current.OfAsync(userId, HttpContext.RequestAborted) is not { } actor)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await queries.CalendarForAsync(actor, now, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "private, no-cache";
        var ics = SessionCalendar.Write($"{actor.DisplayName}的培训日程", sessions, office, now);
        return File(Encoding.UTF8.GetBytes(ics), CalendarType);
    }
}
