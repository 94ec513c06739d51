using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Interpretations;

public enum InterpretationForm
{
    [Display(Name = "文字")] Text = 0,
    [Display(Name = "图解")] Graphic = 1,
    [Display(Name = "问答")] QuestionsAndAnswers = 2,
    [Display(Name = "音视频")] AudioVideo = 3,
}
