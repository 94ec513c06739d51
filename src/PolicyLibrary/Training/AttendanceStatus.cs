using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Training;

/// <summary>Present and Late count as attended (人次); Excused and Absent do not.</summary>
public enum AttendanceStatus
{
    [Display(Name = "出席")] Present = 0,
    [Display(Name = "迟到")] Late = 1,
    [Display(Name = "请假")] Excused = 2,
    [Display(Name = "缺席")] Absent = 3,
}
