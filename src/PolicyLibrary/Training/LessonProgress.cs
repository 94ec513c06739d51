using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>That a staff member has read a lesson, and when (first time).</summary>
public class LessonProgress
{
    public int Id { get; set; }
    public required string StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public int LessonId { get; set; }
    public Lesson? Lesson { get; set; }
    public DateTime ReadAtUtc { get; set; }
}
