namespace PolicyLibrary.Training;

/// <summary>A unit's attendance in a year: of the records of its staff (everyone expected once a session is closed), how many attended.</summary>
public sealed record UnitFigure(string UnitName, int Expected, int Attended)
{
    /// <summary>出勤率 in percent, one decimal; null when nobody was expected.</summary>
    public double? Rate => Expected == 0 ? null : Math.Round(100.0 * Attended / Expected, 1);
}
