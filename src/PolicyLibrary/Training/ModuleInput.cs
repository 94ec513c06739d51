using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>
/// A whole module as a coordinator writes it: the fields, the lessons in order and the current quiz. It is also the
/// revision snapshot, so any revision can be compared with another or restored.
/// </summary>
public sealed record ModuleInput
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public int? Year { get; init; }
    public int? PassMark { get; init; } = 80;
    public bool Required { get; init; } = true;
    public decimal? CreditHours { get; init; }
    public AnswerReveal ShowAnswers { get; init; } = AnswerReveal.AfterPass;
    public IReadOnlyList<string> AudienceRoles { get; init; } = [];
    public IReadOnlyList<string> AudienceUnitCodes { get; init; } = [];
    public IReadOnlyList<string> Attachments { get; init; } = [];
    public IReadOnlyList<LessonInput> Lessons { get; init; } = [];
    public IReadOnlyList<QuestionInput> Questions { get; init; } = [];

    public static ModuleInput From(TrainingModule m) => new()
    {
        Title = m.Title,
        Summary = m.Summary,
        Year = m.Year,
        PassMark = m.PassMark,
        Required = m.Required,
        CreditHours = m.CreditHours,
        ShowAnswers = m.ShowAnswers,
        AudienceRoles = [.. m.AudienceRoles],
        AudienceUnitCodes = [.. m.AudienceUnits.Select(u => u.Code).Order(StringComparer.Ordinal)],
        Attachments = [.. m.Attachments],
        Lessons = [.. m.Lessons.OrderBy(l => l.Number).Select(l => new LessonInput(l.Id, l.Title, l.BodyMarkdown))],
        Questions = [.. m.CurrentQuestions.Select(QuestionInput.From)],
    };

    /// <summary>The labelled text two revisions are compared by, answer key included (coordinators only see it).</summary>
    public string ToText()
    {
        var lines = new List<string>
        {
            $"标题：{Title}", $"简介：{Summary}", $"年度：{Year}", $"及格线：{PassMark}", $"{(Required ? "必修" : "选修")}",
            $"学时：{TrainingHours.Format(CreditHours)}", $"正确答案：{EnumLabels<AnswerReveal>.Of(ShowAnswers)}",
            $"面向角色：{string.Join("、", AudienceRoles.Select(RoleNames.Of))}", $"面向单位：{string.Join("、", AudienceUnitCodes)}",
            $"附件：{string.Join("、", Attachments)}",
        };
        foreach (var (lesson, i) in Lessons.Select((l, i) => (l, i + 1)))
        {
            lines.Add($"# 第 {i} 课时：{lesson.Title}");
            lines.Add(lesson.BodyMarkdown);
        }

        lines.AddRange(Questions.Select((q, i) => q.ToText(i + 1)));
        return string.Join('\n', lines);
    }
}

/// <summary>A lesson as written; the id (null for a new one) keeps readers' progress with the lesson when it moves or changes.</summary>
public sealed record LessonInput(int? Id, string Title, string BodyMarkdown);

public sealed record OptionInput(string Text, bool IsCorrect);

public sealed record QuestionInput(string Text, QuestionKind Kind, string? Explanation, IReadOnlyList<OptionInput> Options)
{
    public static QuestionInput From(QuizQuestion q) =>
        new(q.Text, q.Kind, q.Explanation, [.. q.Options.OrderBy(o => o.Number).Select(o => new OptionInput(o.Text, o.IsCorrect))]);

    public string ToText(int number) => string.Join('\n',
        [$"第 {number} 题（{EnumLabels<QuestionKind>.Of(Kind)}）：{Text}",
            .. Options.Select((o, i) => $"  {QuizLetters.Of(i + 1)}. {o.Text}{(o.IsCorrect ? " ✓" : "")}"),
            $"  解析：{Explanation}"]);

    /// <summary>Same question, same options, same key: comparing these decides whether a quiz changed.</summary>
    public bool SameAs(QuestionInput other) =>
        Text == other.Text && Kind == other.Kind && (Explanation ?? "") == (other.Explanation ?? "") && Options.SequenceEqual(other.Options);
}
