using System.Globalization;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>Times in Beijing time and labels as the manager pages write them.</summary>
public static class ManagerDisplay
{
    public static string Time(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTime? utc) => utc is { } t ? Time(t) : "—";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Label<T>(T value) where T : struct, Enum => EnumLabels<T>.Of(value);

    /// <summary>A datetime-local value (Beijing time) as UTC; null when empty, false when it is not a time.</summary>
    public static bool TryParseBeijingTime(string? text, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = new DateTimeOffset(local, ChinaTime.Offset).UtcDateTime;
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
