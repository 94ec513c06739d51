using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Review;

public enum WorkflowStatus
{
    [Display(Name = "草稿")] Draft = 0,
    [Display(Name = "审核中")] InReview = 1,
    [Display(Name = "已审核")] Approved = 2,
    [Display(Name = "已发布")] Published = 3,
    [Display(Name = "已撤回")] Withdrawn = 4,
}
