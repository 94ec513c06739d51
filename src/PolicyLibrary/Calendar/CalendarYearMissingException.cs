namespace PolicyLibrary.Calendar;

/// <summary>A day was asked of a year whose official arrangement no administrator has entered yet.</summary>
public sealed class CalendarYearMissingException(int year)
    : InvalidOperationException(CalendarRules.MissingYearTask(year))
{
    public int Year { get; } = year;
}
