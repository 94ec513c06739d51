using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingReports;

/// <summary>The tables behind the charts, as the pages show them and as CSV/XLSX export them: one definition for both.</summary>
public static class ReportTables
{
    public static readonly string[] SummaryHeader = ["年度", "举办培训(期)", "培训人次", "课程数", "应完成(人·课程)", "已完成", "课程完成率(%)"];
    public static readonly string[] SessionHeader = ["日期", "培训", "形式", "出席", "迟到", "请假", "缺席", "人次"];
    public static readonly string[] UnitHeader = ["单位", "应到人次", "实到人次", "出勤率(%)"];
    public static readonly string[] AttendanceHeader = ["姓名", "单位", "状态", "签到时间", "方式", "备注"];

    /// <summary>The year's figures as the report page's first lines show them.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Summary(YearReport report) =>
        [[report.Year, report.SessionsHeld, report.PersonTimes, report.ModuleCount, report.CompletionsExpected, report.CompletionsDone, report.CompletionRate]];

    public static IEnumerable<IReadOnlyList<object?>> Sessions(YearReport report) => report.Sessions.Select(s => (IReadOnlyList<object?>)
        [ChinaTime.Date(s.StartsAtUtc), s.Title, EnumLabels<TrainingFormat>.Of(s.Format), s.Present, s.Late, s.Excused, s.Absent, s.PersonTimes]);

    public static IEnumerable<IReadOnlyList<object?>> Units(YearReport report) => report.Units.Select(u => (IReadOnlyList<object?>)
        [u.UnitName, u.Expected, u.Attended, u.Rate]);

    public static IEnumerable<IReadOnlyList<object?>> AttendanceRows(AttendanceSheet sheet) => sheet.Rows.Select(r => (IReadOnlyList<object?>)
        [r.Name, r.UnitName, r.Status is { } s ? EnumLabels<AttendanceStatus>.Of(s) : "未签到",
         r.AtUtc is { } at ? ChinaTime.TimeWithSeconds(at) : "",
         r.Method is { } m ? EnumLabels<CheckInMethod>.Of(m) : "", r.Remark ?? ""]);
}
