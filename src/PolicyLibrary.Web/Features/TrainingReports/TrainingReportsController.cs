using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.TrainingSessions;

namespace PolicyLibrary.Web.Features.TrainingReports;

/// <summary>Reports for the coordinator: a year (sessions held, 人次, completion, by session and unit) and a session's attendance sheet, each exportable.</summary>
[Route("manager/training/reports")]
public sealed class TrainingReportsController(PolicyLibrary.Training.TrainingReports reports, SessionQueries sessions, TimeProvider clock)
    : CoordinatorController
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, [Range(2000, 2100)] int? year)
    {
        if (YearOrThisYear(year) is not { } y)
        {
            return BadYear();
        }

        var report = await reports.YearAsync(y, HttpContext.RequestAborted);
        return View("~/Features/TrainingReports/Year.cshtml", new YearReportPage(report, await reports.YearsAsync(HttpContext.RequestAborted)));
    }

    [HttpGet("{year}.{format}")]
    public async Task<IActionResult> ExportYear(Actor actor, [Range(2000, 2100)] int year, string format, string? table)
    {
        if (YearOrThisYear(year) is not { } y || format is not ("csv" or "xlsx") || table is not (null or "sessions" or "units"))
        {
            return BadYear();
        }

        var report = await reports.YearAsync(y, HttpContext.RequestAborted);
        if (format == "xlsx")
        {
            return File(ExportWorkbook(report), Xlsx, $"training-{y}.xlsx");
        }

        var units = table == "units";
        var csv = units
            ? ReportExports.Csv(ReportTables.UnitHeader, ReportTables.Units(report))
            : ReportExports.Csv(ReportTables.SessionHeader, ReportTables.Sessions(report));
        return File(csv, "text/csv; charset=utf-8", $"training-{y}-{(units ? "units" : "sessions")}.csv");
    }

    [HttpGet("sessions/{id:int}")]
    public async Task<IActionResult> Session(Actor actor, int id) =>
        await sessions.AttendanceSheetAsync(id, HttpContext.RequestAborted) is { } sheet
            ? View("~/Features/TrainingReports/Session.cshtml", sheet)
            : NotFound();

    [HttpGet("sessions/{id:int}.{format}")]
    public async Task<IActionResult> ExportSession(Actor actor, int id, string format)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        if (await sessions.AttendanceSheetAsync(id, HttpContext.RequestAborted) is not { } sheet)
        {
            return NotFound();
        }

        var name = $"training-session-{sheet.Session.Slug}.{format}";
        return format == "csv"
            ? File(ReportExports.Csv(ReportTables.AttendanceHeader, ReportTables.AttendanceRows(sheet)), "text/csv; charset=utf-8", name)
            : File(ReportExports.Xlsx("签到名单", ReportTables.AttendanceHeader, ReportTables.AttendanceRows(sheet)), Xlsx, name);
    }

    /// <summary>The year's figures, then both tables, one sheet each.</summary>
    private static byte[] ExportWorkbook(YearReport report) => ReportExports.Xlsx(
        new ReportSheet("汇总", ReportTables.SummaryHeader, ReportTables.Summary(report)),
        new ReportSheet("培训场次", ReportTables.SessionHeader, ReportTables.Sessions(report)),
        new ReportSheet("各单位出勤", ReportTables.UnitHeader, ReportTables.Units(report)));

    /// <summary>No year means this year; one that did not bind, or is out of range, is none.</summary>
    private int? YearOrThisYear(int? year) =>
        !ModelState.IsValid ? null : year ?? ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;

    private IActionResult BadYear() => BadInput("年度或导出格式无效：年度应为 2000 至 2100 之间的整数，格式为 csv 或 xlsx。");
}
