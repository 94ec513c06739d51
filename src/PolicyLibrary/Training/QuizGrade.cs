namespace PolicyLibrary.Training;

/// <summary>A graded quiz: the score, whether it passes, and which questions were wrong.</summary>
public sealed record QuizGrade(int CorrectCount, int QuestionCount, int Score, bool Passed, IReadOnlySet<int> WrongQuestionIds, IReadOnlyList<int> ChosenOptionIds);
