namespace PolicyLibrary.Calendar;

/// <summary>What a year's arrangement may hold, the same for the content import and the administrators' pages.</summary>
public static class CalendarRules
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
    public const int NameMaxLength = 50;

    /// <summary>The longest official holiday (2020's extended 春节 was ten days) with room to spare.</summary>
    public const int MaxHolidayDays = 15;

    /// <summary>The editors' task when a deadline falls into a year nobody has entered yet.</summary>
    public static string MissingYearTask(int year) => $"请先维护 {year} 年的工作日历（国务院办公厅 {year} 年节假日安排），才能计算工作日。";

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Why this day cannot be part of <paramref name="year"/>'s arrangement, or null.</summary>
    public static string? DayProblem(int year, DateOnly date, CalendarDayKind kind) =>
        date.Year != year ? $"{ChinaTime.Date(date)} 不属于 {year} 年。"
        : kind == CalendarDayKind.MakeUpWorkday && !IsWeekend(date) ? $"调休上班日 {ChinaTime.Date(date)} 不是周末。"
        : null;

    /// <summary>Why a holiday cannot run from <paramref name="from"/> to <paramref name="to"/>, or null.</summary>
    public static string? RangeProblem(string name, DateOnly from, DateOnly to) =>
        to < from || to.DayNumber - from.DayNumber >= MaxHolidayDays ? $"{name} 的日期范围 {ChinaTime.Date(from)}—{ChinaTime.Date(to)} 无效。" : null;
}
