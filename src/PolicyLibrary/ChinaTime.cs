using System.Globalization;

namespace PolicyLibrary;

/// <summary>
/// Times are stored in UTC and shown in Asia/Shanghai. China has kept UTC+8 without daylight saving
/// since 1991, so a fixed offset is exact for every date this library holds and needs no tz database.
/// This is also the one formatter of Beijing times and dates, for every page, export and feed.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset FromUtc(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc).DateTime);

    /// <summary>Midnight at the start of a China calendar day, in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;

    /// <summary>A Beijing wall-clock time (a datetime-local field's value) as UTC.</summary>
    public static DateTime ToUtc(DateTime beijing) => new DateTimeOffset(DateTime.SpecifyKind(beijing, DateTimeKind.Unspecified), Offset).UtcDateTime;

    /// <summary>2017-05-01</summary>
    public static string Date(DateTime utc) => Format(utc, "yyyy-MM-dd");

    /// <summary>2017-05-01</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>2017-05-01, or nothing.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>2017年5月1日</summary>
    public static string LongDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>2017-05-01 09:30</summary>
    public static string Time(DateTime utc) => Format(utc, "yyyy-MM-dd HH:mm");

    /// <summary>2017-05-01 09:30, or a dash.</summary>
    public static string Time(DateTime? utc) => utc is { } t ? Time(t) : "—";

    /// <summary>2017-05-01 09:30:05</summary>
    public static string TimeWithSeconds(DateTime utc) => Format(utc, "yyyy-MM-dd HH:mm:ss");

    /// <summary>2017年5月1日 09:30</summary>
    public static string LongTime(DateTime utc) => Format(utc, "yyyy年M月d日 HH:mm");

    /// <summary>5月1日 09:30</summary>
    public static string DayAndTime(DateTime utc) => Format(utc, "M月d日 HH:mm");

    /// <summary>5月1日</summary>
    public static string Day(DateTime utc) => Format(utc, "M月d日");

    /// <summary>09:30</summary>
    public static string Clock(DateTime utc) => Format(utc, "HH:mm");

    /// <summary>09:30:05</summary>
    public static string ClockWithSeconds(DateTime utc) => Format(utc, "HH:mm:ss");

    /// <summary>2017-05-01T09:30:05+08:00, for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTime utc) => Format(utc, "yyyy-MM-dd'T'HH:mm:sszzz");

    /// <summary>2017-05-01T09:30, a datetime-local field's value.</summary>
    public static string Local(DateTime utc) => LocalField(FromUtc(utc).DateTime);

    /// <summary>2017-05-01T09:30, a datetime-local field's value, of a time that already is Beijing time (a form's).</summary>
    public static string LocalField(DateTime beijing) => beijing.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Format(DateTime utc, string pattern) => FromUtc(utc).ToString(pattern, CultureInfo.InvariantCulture);
}
