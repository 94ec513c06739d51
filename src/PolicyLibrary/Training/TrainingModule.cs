using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>A training module (培训课程): ordered lessons, a quiz with a pass mark, an audience and a year.</summary>
public class TrainingModule : IVersioned
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

    /// <summary>必修: everyone in the audience must complete it in its year; 选修 modules are open to the audience but not owed.</summary>
    public bool Required { get; set; } = true;

    /// <summary>学时 credited on completion.</summary>
    public decimal CreditHours { get; set; }

    /// <summary>When the result page shows the correct options and explanations.</summary>
    public AnswerReveal ShowAnswers { get; set; } = AnswerReveal.AfterPass;

    /// <summary>Staff see only published modules; coordinators and administrators see every one.</summary>
    public bool IsPublished { get; set; } = true;

    /// <summary>
    /// The quiz version staff take now. A changed quiz is written as new question rows under the next number, so earlier
    /// attempts keep the questions they answered, and their scores stay what they were.
    /// </summary>
    public int QuizVersion { get; set; } = 1;

    public List<Lesson> Lessons { get; set; } = [];

    /// <summary>The questions of every quiz version; <see cref="CurrentQuestions"/> are those staff take now.</summary>
    public List<QuizQuestion> Questions { get; set; } = [];

    public IEnumerable<QuizQuestion> CurrentQuestions => Questions.Where(q => q.QuizVersion == QuizVersion).OrderBy(q => q.Number);

    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
