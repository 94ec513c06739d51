namespace PolicyLibrary.Changes;

/// <summary>
/// Work that one process of many must do once per period (the daily backup): whoever moves <see cref="Period"/> forward
/// with a conditional UPDATE does it, the others find it taken.
/// </summary>
public sealed class BackgroundLease
{
    public const string DailyBackup = "daily-backup";

    public string Name { get; set; } = "";

    /// <summary>The last period taken, such as <c>2026-12-02</c>; empty when never.</summary>
    public string Period { get; set; } = "";

    /// <summary>Which process took it (host and process id), for the operator.</summary>
    public string TakenBy { get; set; } = "";

    public DateTime? TakenAt { get; set; }
}
