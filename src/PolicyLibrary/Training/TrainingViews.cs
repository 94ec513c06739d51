namespace PolicyLibrary.Training;

// What the staff's training pages get back from TrainingQueries. Quiz views carry no correctness: that is only in results.

public enum ModuleState
{
    NotStarted,
    InProgress,
    Completed,
}

public sealed record ModuleCard(
    string Slug, string Title, string Summary, int Year, bool Required, int LessonCount, int LessonsRead,
    int? BestScore, int PassMark, ModuleState State, DateTime? CompletedAtUtc);

public sealed record AttendedSession(string Title, TrainingFormat Format, DateTime StartsAtUtc, DateTime EndsAtUtc, AttendanceStatus Status, double Hours);

public sealed record MyTraining(
    string DisplayName, int Year, IReadOnlyList<ModuleCard> Modules, IReadOnlyList<AttendedSession> Sessions, double Hours, IReadOnlyList<int> PlanYears);

public sealed record LessonLink(int Number, string Title, bool Read);

public sealed record AttemptRow(int Id, DateTime SubmittedAtUtc, int Score, bool Passed);

public sealed record ModuleDetail(
    string Slug, string Title, string Summary, int Year, string Audience, bool InAudience, int PassMark, int QuestionCount,
    IReadOnlyList<string> Attachments, IReadOnlyList<LessonLink> Lessons, IReadOnlyList<AttemptRow> Attempts,
    DateTime? CompletedAtUtc, string? CertificateCode);

public sealed record LessonPage(string ModuleSlug, string ModuleTitle, int Number, int Count, string Title, string BodyHtml, bool Read);

public sealed record QuizChoice(int Id, string Letter, string Text);

public sealed record QuizItem(int Id, int Number, string Text, QuestionKind Kind, IReadOnlyList<QuizChoice> Choices);

public sealed record QuizForm(string ModuleSlug, string ModuleTitle, int PassMark, IReadOnlyList<QuizItem> Questions);

public sealed record ResultItem(
    int Number, string Text, QuestionKind Kind, bool Right, IReadOnlyList<string> ChosenLetters, IReadOnlyList<string> CorrectLetters,
    IReadOnlyList<QuizChoice> Choices, string? Explanation);

public sealed record AttemptResult(
    int Id, string ModuleSlug, string ModuleTitle, DateTime SubmittedAtUtc, int Score, int CorrectCount, int QuestionCount,
    int PassMark, bool Passed, IReadOnlyList<ResultItem> Items, string? CertificateCode, bool AnswersShown);

public sealed record Certificate(string Name, string OrgUnitName, string ModuleTitle, int Year, DateTime CompletedAtUtc, string Code);

/// <summary>What the public /verify page may show: nothing more than name, module and date.</summary>
public sealed record CertificateCheck(string Name, string ModuleTitle, DateOnly CompletedOn);

public sealed record PlannedSessionRow(int Month, string Title, TrainingFormat Format, string? ModuleSlug, string? ModuleTitle, string Audience, string? Note);

public sealed record PlanPage(
    int Year, string Title, string GoalsHtml, IReadOnlyList<(string Slug, string Title)> Modules, IReadOnlyList<PlannedSessionRow> Sessions, IReadOnlyList<int> Years);
