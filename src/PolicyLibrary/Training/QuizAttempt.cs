using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>Every submitted quiz, passed or not, with the options chosen.</summary>
public class QuizAttempt
{
    public int Id { get; set; }
    public required string StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public int ModuleId { get; set; }
    public TrainingModule? Module { get; set; }
    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>The quiz version answered, and the pass mark it was graded against: a later change of either leaves this attempt as it was.</summary>
    public int QuizVersion { get; set; } = 1;
    public int PassMark { get; set; }

    /// <summary>Percent of questions answered exactly right (0–100).</summary>
    public int Score { get; set; }
    public int CorrectCount { get; set; }
    public int QuestionCount { get; set; }
    public bool Passed { get; set; }

    /// <summary>The ids of the options chosen, across all questions.</summary>
    public List<int> ChosenOptionIds { get; set; } = [];
}
