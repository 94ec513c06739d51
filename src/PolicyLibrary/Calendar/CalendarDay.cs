namespace PolicyLibrary.Calendar;

/// <summary>A day that differs from the weekday/weekend default in the official calendar.</summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public required string Name { get; set; }
}
