namespace PolicyLibrary.Training;

/// <summary>A session with everyone expected or recorded, checked-in first (latest on top), then the rest by unit and name.</summary>
public sealed record AttendanceSheet(TrainingSession Session, IReadOnlyList<AttendanceRow> Rows)
{
    public int Count(AttendanceStatus status) => Rows.Count(r => r.Status == status);

    public int NotCheckedIn => Rows.Count(r => r.Status is null);

    /// <summary>人次: Present plus Late.</summary>
    public int PersonTimes => Rows.Count(r => r.Status is { } s && CheckInRules.CountsAsAttended(s));
}
