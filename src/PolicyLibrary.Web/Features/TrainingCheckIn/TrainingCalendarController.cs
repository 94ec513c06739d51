using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
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
    CurrentActor current, SessionQueries queries, CalendarFeedTokens tokens, PolicyLibraryDbContext db, TimeProvider clock) : Controller
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    [Authorize]
    [HttpGet("sessions")]
    public async Task<IActionResult> Mine()
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } actor)
        {
            return Challenge();
        }

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

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.DisplayName, u.OrgUnitId }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (user is null)
        {
            return NotFound();
        }

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name)
            .ToListAsync(HttpContext.RequestAborted);
        var actor = new Actor(user.Id, user.DisplayName, user.OrgUnitId, roles.OfType<string>().ToHashSet());
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await queries.CalendarForAsync(actor, now, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "private, no-cache";
        var ics = SessionCalendar.Write($"{user.DisplayName}的培训日程", sessions, Request.Host.Host, now);
        return File(Encoding.UTF8.GetBytes(ics), CalendarType);
    }
}
