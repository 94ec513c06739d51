using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Training;

/// <summary>How a training session is held.</summary>
public enum TrainingFormat
{
    [Display(Name = "培训班")] Course = 0,
    [Display(Name = "讲座")] Lecture = 1,
    [Display(Name = "以会代训")] MeetingAsTraining = 2,
}
