using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Calendar;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Calendar;

/// <summary>/manager/calendar: the working-day calendar, one page per year (holidays and 调休 make-up working days).</summary>
[Route("manager/calendar")]
public sealed class CalendarController(CalendarEditor calendar) : AdministratorController
{
    private const string Views = "~/Features/Calendar/";

    private const string YearsView = Views + "Calendar.cshtml";
    private const string YearView = Views + "CalendarYear.cshtml";

    [HttpGet("")]
    public Task<IActionResult> Index(Actor actor, int? year) => YearsAsync(actor, new CalendarYearForm { Year = year }, null);

    [HttpPost("")]
    public async Task<IActionResult> AddYear(Actor actor, CalendarYearForm form)
    {
        if (!ModelState.IsValid || form.Year is not { } year)
        {
            return await YearsAsync(actor, form, Or(BindingErrors(), "Year", "请填写年份。"));
        }

        var outcome = await calendar.AddYearAsync(actor, year, form.Notice, HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Year), new { year }), o => YearsAsync(actor, form, o.Errors.Count > 0 ? o.Errors : Or(new Dictionary<string, string>(), "Year", o.Message)));
    }

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Year(Actor actor, int year) => await YearAsync(actor, year, new CalendarDaysForm(), null, null, null);

    [HttpPost("{year:int}/notice")]
    public async Task<IActionResult> Notice(Actor actor, int year, string? notice)
    {
        var outcome = await calendar.SetNoticeAsync(actor, year, notice, HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Year), new { year }), o => YearAsync(actor, year, new CalendarDaysForm(), notice, o.Errors, "notice"));
    }

    [HttpPost("{year:int}/days")]
    public async Task<IActionResult> AddDays(Actor actor, int year, CalendarDaysForm form)
    {
        if (!ModelState.IsValid || form.Kind is not { } kind)
        {
            return await YearAsync(actor, year, form, null, BindingErrors(), "days");
        }

        var outcome = await calendar.AddDaysAsync(actor, year, new CalendarDaysInput(kind, form.Name, form.From, form.To), HttpContext.RequestAborted);
        return await AnswerAsync(outcome, UrlOf(nameof(Year), new { year }), o => YearAsync(actor, year, form, null, o.Errors.Count > 0 ? o.Errors : Or(new Dictionary<string, string>(), "From", o.Message), "days"));
    }

    [HttpPost("{year:int}/days/{date}/delete")]
    public async Task<IActionResult> RemoveDay(Actor actor, int year, DateOnly? date)
    {
        if (!ModelState.IsValid || date is not { } day)
        {
            return BadInput($"日期“{ModelState[nameof(date)]?.AttemptedValue}”无效，应形如 2027-01-01。");
        }

        return Answer(await calendar.RemoveDayAsync(actor, year, day, HttpContext.RequestAborted), UrlOf(nameof(Year), new { year }));
    }

    private async Task<IActionResult> YearsAsync(Actor actor, CalendarYearForm form, IReadOnlyDictionary<string, string>? errors)
    {
        var years = await calendar.YearsAsync(actor, HttpContext.RequestAborted);
        if (!years.Allowed)
        {
            return Refused(years.Refusal!);
        }

        Response.StatusCode = errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View(YearsView, new CalendarYearsPage(years.Value!, form, errors ?? new Dictionary<string, string>()));
    }

    private async Task<IActionResult> YearAsync(
        Actor actor, int year, CalendarDaysForm days, string? notice, IReadOnlyDictionary<string, string>? errors, string? form)
    {
        var detail = await calendar.YearAsync(actor, year, HttpContext.RequestAborted);
        if (!detail.Allowed)
        {
            return Refused(detail.Refusal!);
        }

        if (detail.Value is not { } found)
        {
            return Missing($"{year} 年的工作日历尚未建立。请在“工作日历”页新建 {year} 年，并按国务院办公厅的通知录入节假日安排。");
        }

        Response.StatusCode = errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View(YearView, new CalendarYearPage(found, days, notice ?? found.Notice, errors ?? new Dictionary<string, string>(), form));
    }

    private static Dictionary<string, string> Or(IReadOnlyDictionary<string, string> errors, string field, string message)
    {
        var all = new Dictionary<string, string>(errors);
        if (all.Count == 0)
        {
            all[field] = message;
        }

        return all;
    }
}
