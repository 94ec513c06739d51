using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Revisions;

public enum RevisionSubject
{
    [Display(Name = "文件")] Document = 0,
    [Display(Name = "解读")] Interpretation = 1,
    [Display(Name = "培训课程")] TrainingModule = 2,
}
