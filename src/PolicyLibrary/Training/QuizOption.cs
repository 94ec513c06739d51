namespace PolicyLibrary.Training;

public class QuizOption
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public QuizQuestion? Question { get; set; }

    /// <summary>1-based position: 1 is A, 2 is B …</summary>
    public int Number { get; set; }
    public required string Text { get; set; }

    /// <summary>Never sent to the browser before the attempt is submitted.</summary>
    public bool IsCorrect { get; set; }
}
