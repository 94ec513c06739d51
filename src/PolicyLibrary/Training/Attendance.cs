using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>One per (session, staff member); person-times (人次) are counted from these.</summary>
public class Attendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public required string StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public AttendanceStatus Status { get; set; }
    public CheckInMethod Method { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The coordinator who recorded it by hand; null when the staff member checked in.</summary>
    public string? RecordedById { get; set; }
    public string? RecordedByName { get; set; }
    public string? Remark { get; set; }
}
