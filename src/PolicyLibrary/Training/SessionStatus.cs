using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Training;

public enum SessionStatus
{
    [Display(Name = "已安排")] Scheduled = 0,
    [Display(Name = "签到中")] CheckInOpen = 1,
    [Display(Name = "已结束")] Closed = 2,
    [Display(Name = "已取消")] Cancelled = 3,
}
