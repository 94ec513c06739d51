using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

/// <summary>
/// The whole quiz as one form: every question with its option slots, the letters of the correct ones, a position and
/// a remove box. A question left entirely blank (the spare one) is not a question.
/// </summary>
public sealed class QuizFields
{
    public const int OptionSlots = 6;

    public List<QuestionFields> Questions { get; set; } = [];
    public Guid? Version { get; set; }

    public static QuizFields From(IReadOnlyList<QuestionInput> questions, Guid version) => new()
    {
        Version = version,
        Questions = [.. questions.Select((q, i) => new QuestionFields
        {
            Position = i + 1,
            Text = q.Text,
            Kind = q.Kind,
            Explanation = q.Explanation,
            Options = [.. q.Options.Select(o => o.Text)],
            Correct = [.. q.Options.Select((o, j) => (o, j)).Where(p => p.o.IsCorrect).Select(p => p.j)],
        })],
    };

    /// <summary>The quiz in the order of the positions typed (ties keep the form's order), removed and blank questions left out.</summary>
    public IReadOnlyList<QuestionInput> ToQuestions() =>
    [
        .. Questions.Select((q, i) => (q, i)).Where(p => !p.q.Remove && !p.q.IsBlank)
            .OrderBy(p => p.q.Position ?? int.MaxValue).ThenBy(p => p.i)
            .Select(p => p.q.ToInput()),
    ];

    /// <summary>The form shown: the questions as typed and one spare blank question to add.</summary>
    public QuizFields WithSpare()
    {
        if (Questions.Count == 0 || !Questions[^1].IsBlank)
        {
            Questions.Add(new QuestionFields { Position = Questions.Count + 1 });
        }

        return this;
    }
}

public sealed class QuestionFields
{
    public int? Position { get; set; }
    public string? Text { get; set; }
    public QuestionKind Kind { get; set; }
    public string? Explanation { get; set; }
    public List<string?> Options { get; set; } = [];

    /// <summary>The indexes (0-based) of the option slots marked correct.</summary>
    public List<int> Correct { get; set; } = [];
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && Options.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(Explanation);

    /// <summary>Filled option slots in order; a correct mark on an empty slot is dropped with it.</summary>
    public QuestionInput ToInput() => new(
        (Text ?? "").Trim(), Kind, string.IsNullOrWhiteSpace(Explanation) ? null : Explanation.Trim(),
        [.. Options.Select((o, i) => (o, i)).Where(p => !string.IsNullOrWhiteSpace(p.o)).Select(p => new OptionInput(p.o!.Trim(), Correct.Contains(p.i)))]);
}
