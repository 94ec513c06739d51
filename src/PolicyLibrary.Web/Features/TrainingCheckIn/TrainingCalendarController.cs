using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.TrainingCheckIn;

/// <summary>
/// A staff member's sessions: the "my upcoming sessions" page, a session's .ics, and the personal feed a calendar app
/// subscribes to by its secret URL. Anything malformed is a 404, never a 500.
/// </summary>
[Route("training")]
public sealed class TrainingCalendarController(
    CurrentActor current, SessionQueries queries, CalendarFeedTokens tokens, TimeProvider clock) : Controller
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    [Authorize]
    [HttpGet("sessions")]
    public async Task<IActionResult> Mine(Actor actor)
    {
        var upcoming = await queries.UpcomingForAsync(actor, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        var feed = $"{Request.Scheme}://{Request.Host}/training/calendar/{tokens.For(actor.UserId)}.ics";
        return View("~/Features/TrainingCheckIn/Mine.cshtml", new MySessionsPage(upcoming, feed));
    }

    [Authorize]
    [HttpGet("sessions/{id:int}/calendar.ics")]
    public async Task<IActionResult> Session(int id)
    {
        if (await queries.RowAsync(id, HttpContext.RequestAborted) is not { } session)
        {
            return NotFound();
        }

        var ics = SessionCalendar.Write(session.Title, [session], Request.Host.Host, clock.GetUtcNow().UtcDateTime);
        return File(Encoding.UTF8.GetBytes(ics), CalendarType, $"training-{session.Slug}.ics");
    }

    [AllowAnonymous]
    [HttpGet("calendar/{token}.ics")]
    public async Task<IActionResult> Feed(string token)
    {
        if (tokens.UserOf(token) is not { } userId)
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
        var ics = SessionCalendar.Write($"{actor.DisplayName}的培训日程", sessions, Request.Host.Host, now);
        return File(Encoding.UTF8.GetBytes(ics), CalendarType);
    }
}
