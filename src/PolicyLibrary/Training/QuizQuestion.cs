namespace PolicyLibrary.Training;

public class QuizQuestion
{
    public int Id { get; set; }
    public int ModuleId { get; set; }
    public TrainingModule? Module { get; set; }

    /// <summary>The quiz version this question belongs to (<see cref="TrainingModule.QuizVersion"/>).</summary>
    public int QuizVersion { get; set; } = 1;

    /// <summary>1-based position in the quiz.</summary>
    public int Number { get; set; }
    public required string Text { get; set; }
    public QuestionKind Kind { get; set; }

    /// <summary>解析: shown with the result, after the attempt is submitted.</summary>
    public string? Explanation { get; set; }
    public List<QuizOption> Options { get; set; } = [];
}
