using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.CheckIn;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>The coordinator's sessions: list, schedule, edit, cancel, open check-in, mark by hand, close.</summary>
[Route("manager/training/sessions")]
public sealed class TrainingSessionsController(
    SessionQueries queries, SessionScheduler scheduler, SessionAttendance attendance, PolicyLibraryDbContext db)
    : CoordinatorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, int? year)
    {
        var valid = year is >= 2000 and <= 2100 ? year : null;
        ViewData["Year"] = valid;
        return View(Views + "Index.cshtml", await queries.ListAsync(valid, HttpContext.RequestAborted));
    }

    /// <summary>The schedule form; <paramref name="planned"/> fills it from an entry of the annual plan and links the session to it.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(Actor actor, int? planned)
    {
        var form = new SessionForm { Format = TrainingFormat.Course };
        if (planned is { } plannedId)
        {
            if (await db.PlannedSessions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == plannedId, HttpContext.RequestAborted) is not { } entry)
            {
                return NotFound();
            }

            (form.Title, form.Format, form.ModuleId, form.PlannedSessionId) = (entry.Title, entry.Format, entry.ModuleId, entry.Id);
        }

        return await EditFormAsync(new SessionEditPage("安排培训场次", UrlOf(nameof(Index)), form, [], [], new Dictionary<string, string>()));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(Actor actor, [FromForm] SessionForm form)
    {
        var (input, errors) = Read(form);
        var outcome = errors.Count > 0 ? Outcome.Invalid(errors) : await scheduler.ScheduleAsync(input, actor, HttpContext.RequestAborted);
        return outcome.Kind == OutcomeKind.Invalid
            ? await EditFormAsync(new SessionEditPage("安排培训场次", UrlOf(nameof(Index)), form, [], [], outcome.Errors), StatusCodes.Status400BadRequest)
            : AnswerOnPage(outcome, UrlOf(nameof(Show), new { id = outcome.Id }));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(Actor actor, int id) =>
        await ShowAsync(id);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(Actor actor, int id) =>
        await queries.FindAsync(id, HttpContext.RequestAborted) is { } session
            ? await EditFormAsync(new SessionEditPage($"修改：{session.Title}", UrlOf(nameof(Edit), new { id }), SessionForm.From(session), [], [], new Dictionary<string, string>(), id))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(Actor actor, int id, [FromForm] SessionForm form)
    {
        var (input, errors) = Read(form);
        if (form.Version is not { } version)
        {
            errors["Version"] = "表单已失效，请刷新后再改。";
            version = Guid.Empty;
        }

        var outcome = errors.Count > 0 ? Outcome.Invalid(errors) : await scheduler.EditAsync(id, input, version, actor, HttpContext.RequestAborted);
        return outcome.Kind == OutcomeKind.Invalid
            ? await EditFormAsync(new SessionEditPage("修改培训场次", UrlOf(nameof(Edit), new { id }), form, [], [], outcome.Errors, id), StatusCodes.Status400BadRequest)
            : AnswerOnPage(outcome, UrlOf(nameof(Show), new { id }));
    }

    [HttpPost("{id:int}/cancel")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(Actor actor, int id, [FromForm] string? confirmed) =>
        await ConfirmFirstAsync(actor, id, confirmed, "确认取消培训", "取消后，参训人员将看到该场次已取消，日历中也会标记为取消。确定取消“{0}”吗？", nameof(Cancel), "确认取消培训")
        ?? AnswerOnPage(await scheduler.CancelAsync(id, actor, HttpContext.RequestAborted), UrlOf(nameof(Show), new { id }));

    [HttpPost("{id:int}/open")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Open(Actor actor, int id)
    {
        // Too early is said on the session's page, where the coordinator pressed the button.
        var outcome = await attendance.OpenCheckInAsync(id, actor, HttpContext.RequestAborted);
        return outcome.Kind == OutcomeKind.Invalid
            ? await ShowAsync(id, StatusCodes.Status400BadRequest, string.Join(" ", outcome.Errors.Values))
            : AnswerOnPage(outcome, UrlOf<CheckInScreenController>(nameof(CheckInScreenController.Screen), new { id }));
    }

    [HttpPost("{id:int}/close")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Close(Actor actor, int id, [FromForm] string? confirmed) =>
        await ConfirmFirstAsync(actor, id, confirmed, "确认结束培训", "结束后签到关闭，参训范围内尚未签到的人员将记为缺席。确定结束“{0}”吗？", nameof(Close), "确认结束培训")
        ?? AnswerOnPage(await attendance.CloseAsync(id, actor, HttpContext.RequestAborted), UrlOf(nameof(Show), new { id }));

    /// <summary>The confirmation page of an action that cannot be undone, or null when it was confirmed (or will be refused anyway).</summary>
    private async Task<IActionResult?> ConfirmFirstAsync(Actor actor, int id, string? confirmed, string heading, string question, string action, string label)
    {
        if (ConfirmPage.IsConfirmed(confirmed) || Permissions.Coordinate(actor) is not null
            || await queries.FindAsync(id, HttpContext.RequestAborted) is not { Status: SessionStatus.Scheduled or SessionStatus.CheckInOpen } session)
        {
            return null;
        }

        return Confirm(new ConfirmPage(heading, string.Format(System.Globalization.CultureInfo.InvariantCulture, question, session.Title),
            UrlOf(action, new { id }), [], label, UrlOf(nameof(Show), new { id })));
    }

    [HttpPost("{id:int}/mark")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Mark(Actor actor, int id, [FromForm] string? staffMemberId, [FromForm] AttendanceStatus? status, [FromForm] string? remark, [FromForm] string? back)
    {
        // A status that is not the name of one binds as none (model binding's message gives way to this one).
        if (string.IsNullOrEmpty(staffMemberId) || status is not { } parsed)
        {
            return await ShowAsync(id, StatusCodes.Status400BadRequest, "请选择人员和考勤状态（请假或缺席）。");
        }

        var outcome = await attendance.MarkAsync(id, staffMemberId, parsed, remark, actor, HttpContext.RequestAborted);
        var url = back == "check-in" ? UrlOf<CheckInScreenController>(nameof(CheckInScreenController.Screen), new { id }) : UrlOf(nameof(Show), new { id });
        return outcome.Kind == OutcomeKind.Invalid
            ? await ShowAsync(id, StatusCodes.Status400BadRequest, string.Join(" ", outcome.Errors.Values))
            : AnswerOnPage(outcome, url);
    }

    /// <summary>The core's input, or model binding's messages with the core's for the rest, so one round shows every problem.</summary>
    private (SessionInput Input, Dictionary<string, string> Errors) Read(SessionForm form)
    {
        var input = form.ToInput();
        var errors = BindingErrors();
        if (errors.Count > 0)
        {
            foreach (var (field, message) in scheduler.Problems(input).ByField)
            {
                errors.TryAdd(field, message);
            }
        }

        return (input, errors);
    }

    private async Task<IActionResult> ShowAsync(int id, int status = StatusCodes.Status200OK, string? error = null)
    {
        if (await queries.AttendanceSheetAsync(id, HttpContext.RequestAborted) is not { } sheet)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return View(Views + "Session.cshtml", new SessionPage(sheet, error));
    }

    private async Task<IActionResult> EditFormAsync(SessionEditPage page, int status = StatusCodes.Status200OK)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(HttpContext.RequestAborted);
        var modules = (await db.TrainingModules.AsNoTracking().OrderByDescending(m => m.Year).ThenBy(m => m.Title)
            .Select(m => new { m.Id, m.Title, m.Year }).ToListAsync(HttpContext.RequestAborted))
            .Select(m => (m.Id, $"{m.Year} · {m.Title}")).ToList();
        Response.StatusCode = status;
        return View(Views + "Edit.cshtml", page with { Units = units, Modules = modules });
    }
}
