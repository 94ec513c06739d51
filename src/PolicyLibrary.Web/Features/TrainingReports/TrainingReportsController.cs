using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.TrainingSessions;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.TrainingReports;

/// <summary>Reports for the coordinator: a year (sessions held, 人次, completion, by session and unit) and a session's roster, each exportable.</summary>
[Route("manager/training/reports")]
public sealed class TrainingReportsController(CurrentActor current, PolicyLibrary.Training.TrainingReports reports, SessionQueries sessions, TimeProvider clock)
    : CoordinatorController(current)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("")]
    public Task<IActionResult> Index(string? year) => AsCoordinatorAsync(async _ =>
    {
        if (ParseYear(year) is not { } y)
        {
            return BadYear();
        }

        var report = await reports.YearAsync(y, HttpContext.RequestAborted);
        return View("~/Features/TrainingReports/Year.cshtml", new YearReportPage(report, await reports.YearsAsync(HttpContext.RequestAborted)));
    });

    [HttpGet("{year}.{format}")]
    public Task<IActionResult> ExportYear(string year, string format, string? table) => AsCoordinatorAsync(async _ =>
    {
        if (ParseYear(year) is not { } y || format is not ("csv" or "xlsx") || table is not (null or "sessions" or "units"))
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
    });

    [HttpGet("sessions/{id:int}")]
    public Task<IActionResult> Session(int id) => AsCoordinatorAsync(async _ =>
        await sessions.RosterAsync(id, HttpContext.RequestAborted) is { } roster
            ? View("~/Features/TrainingReports/Session.cshtml", roster)
            : NotFound());

    [HttpGet("sessions/{id:int}.{format}")]
    public Task<IActionResult> ExportSession(int id, string format) => AsCoordinatorAsync(async _ =>
    {
        if (format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        if (await sessions.RosterAsync(id, HttpContext.RequestAborted) is not { } roster)
        {
            return NotFound();
        }

        var name = $"training-session-{roster.Session.Slug}.{format}";
        return format == "csv"
            ? File(ReportExports.Csv(ReportTables.RosterHeader, ReportTables.Roster(roster)), "text/csv; charset=utf-8", name)
            : File(ReportExports.Xlsx("签到名单", ReportTables.RosterHeader, ReportTables.Roster(roster)), Xlsx, name);
    });

    /// <summary>Both tables of a year, one sheet each.</summary>
    private static byte[] ExportWorkbook(YearReport report)
    {
        var sessionsSheet = ReportExports.Xlsx("培训场次", ReportTables.SessionHeader, ReportTables.Sessions(report));
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(sessionsSheet));
        var units = book.AddWorksheet("各单位出勤");
        var header = ReportTables.UnitHeader;
        for (var c = 0; c < header.Length; c++)
        {
            units.Cell(1, c + 1).Value = header[c];
            units.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var u in report.Units)
        {
            units.Cell(r, 1).Value = u.UnitName;
            units.Cell(r, 2).Value = u.Expected;
            units.Cell(r, 3).Value = u.Attended;
            units.Cell(r, 4).Value = u.Rate is { } rate ? rate : "";
            r++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>No year means this year; anything else must be a plausible year.</summary>
    private int? ParseYear(string? text) =>
        string.IsNullOrEmpty(text) ? ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y
        : null;

    private IActionResult BadYear() => BadInput("年度或导出格式无效：年度应为 2000 至 2100 之间的整数，格式为 csv 或 xlsx。");
}
