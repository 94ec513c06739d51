namespace PolicyLibrary.Calendar;

public sealed class CalendarYearMissingException(int year)
    : InvalidOperationException($"工作日历缺少 {year} 年的节假日安排（content/calendar/{year}.yaml），无法计算工作日。")
{
    public int Year { get; } = year;
}
