namespace PolicyLibrary.Calendar;

/// <summary>A year whose official holiday arrangement is known. Days outside such years cannot be counted.</summary>
public class CalendarYear
{
    public const int NoticeMaxLength = 300;

    public int Year { get; set; }

    /// <summary>The State Council notice(s) the arrangement follows (国务院办公厅关于…年部分节假日安排的通知), so an editor can check it.</summary>
    public string Notice { get; set; } = "";
}
