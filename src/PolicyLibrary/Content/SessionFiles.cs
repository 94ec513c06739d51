namespace PolicyLibrary.Content;

/// <summary>content/training/sessions/&lt;slug&gt;.yaml: a held (or scheduled) session and its attendance records.</summary>
internal sealed class SessionFile
{
    public string? Title { get; set; }
    public string? Format { get; set; }
    public string? Module { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }
    public string? LateAfter { get; set; }
    public string? Place { get; set; }
    public string? Trainer { get; set; }
    public int? Capacity { get; set; }
    public List<string>? AudienceRoles { get; set; }
    public List<string>? AudienceUnits { get; set; }
    public string? Status { get; set; }

    /// <summary>The annual plan's entry it was scheduled from, as "year/number" (2026/1: the 2026 plan's first session).</summary>
    public string? PlannedSession { get; set; }
    public List<AttendanceFile>? Attendance { get; set; }
}

/// <summary>One attendance record; <c>user</c> names the account, created (without a password) if the database has none.</summary>
internal sealed class AttendanceFile
{
    public string? User { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Status { get; set; }
    public string? Method { get; set; }
    public string? At { get; set; }
    public string? Remark { get; set; }
}
