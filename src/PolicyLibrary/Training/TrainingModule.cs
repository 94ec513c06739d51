using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>A training module (培训课程): ordered lessons, a quiz with a pass mark, an audience and a year.</summary>
public class TrainingModule
{
    public int Id { get; set; }

    /// <summary>The stable id, also the file name in content/training/.</summary>
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public int Year { get; set; }

    /// <summary>The share of questions (percent, 0–100) a passing attempt answers correctly.</summary>
    public int PassMark { get; set; }

    /// <summary>Who must take it: staff holding any of these roles, or belonging to any of these units. Both empty: everyone.</summary>
    public List<string> AudienceRoles { get; set; } = [];
    public List<OrgUnit> AudienceUnits { get; set; } = [];

    /// <summary>File names of media files (content/media/) offered as attachments.</summary>
    public List<string> Attachments { get; set; } = [];

    public List<Lesson> Lessons { get; set; } = [];
    public List<QuizQuestion> Questions { get; set; } = [];
    public DateTime UpdatedAtUtc { get; set; }
}
