using System.Globalization;

namespace PolicyLibrary.Training;

/// <summary>Hours of training as every page, form and revision writes them: at most one decimal, none when whole (1.5, 2).</summary>
public static class TrainingHours
{
    private const string Pattern = "0.#";

    public static string Format(decimal hours) => hours.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Nothing when none is given (an empty form field).</summary>
    public static string? Format(decimal? hours) => hours is { } h ? Format(h) : null;

    public static string Format(double hours) => hours.ToString(Pattern, CultureInfo.InvariantCulture);
}
