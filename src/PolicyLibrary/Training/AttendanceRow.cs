namespace PolicyLibrary.Training;

/// <summary>One person on a session's attendance sheet; no status yet means not checked in (未签到).</summary>
public sealed record AttendanceRow(
    string StaffMemberId, string Name, string UnitName, AttendanceStatus? Status, CheckInMethod? Method, DateTime? AtUtc, string? Remark, bool InAudience);
