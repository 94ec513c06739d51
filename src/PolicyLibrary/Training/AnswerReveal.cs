using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Training;

/// <summary>When an attempt's result shows the correct options and explanations. Shown after a failure, a retry could copy the key.</summary>
public enum AnswerReveal
{
    [Display(Name = "通过后显示")] AfterPass = 0,
    [Display(Name = "每次提交后显示（含未通过）")] AfterEveryAttempt = 1,
    [Display(Name = "不显示")] Never = 2,
}
