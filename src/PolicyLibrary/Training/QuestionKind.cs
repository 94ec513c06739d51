using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Training;

public enum QuestionKind
{
    [Display(Name = "单选")] SingleChoice = 0,
    [Display(Name = "多选")] MultipleChoice = 1,
}
