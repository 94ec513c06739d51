using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Review;

public enum ReviewDecision
{
    [Display(Name = "通过")] Approved = 0,
    [Display(Name = "退回修改")] Rejected = 1,
}
