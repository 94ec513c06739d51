namespace PolicyLibrary.Calendar;

/// <summary>A year whose official holiday arrangement is known. Days outside such years cannot be counted.</summary>
public class CalendarYear
{
    public int Year { get; set; }
}
