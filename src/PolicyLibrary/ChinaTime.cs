namespace PolicyLibrary;

/// <summary>
/// Times are stored in UTC and shown in Asia/Shanghai. China has kept UTC+8 without daylight saving
/// since 1991, so a fixed offset is exact for every date this library holds and needs no tz database.
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
}
