namespace PolicyLibrary.Training;

/// <summary>
/// Grades a submission against the module's questions. A question counts only when exactly its correct options are chosen
/// (all or nothing). A submission the form could not have produced is refused whole, with the reason, so nothing is stored.
/// </summary>
public static class QuizGrader
{
    /// <summary>Grades <paramref name="answers"/> (question id → the option ids chosen, as posted), or says why it refuses them.</summary>
    public static (QuizGrade? Grade, string? Refusal) Grade(TrainingModule module, IReadOnlyDictionary<int, IReadOnlyList<int>> answers)
    {
        var questions = module.CurrentQuestions.ToList();
        if (questions.Count == 0)
        {
            return (null, "该课程没有测验题目。");
        }

        var ids = questions.Select(q => q.Id).ToHashSet();
        if (answers.Keys.Any(id => !ids.Contains(id)))
        {
            // A form of an earlier quiz version names questions that are no longer asked.
            return (null, "提交的答案包含不属于本测验的题目（测验可能刚刚更新，请重新打开测验作答），未予记录。");
        }

        var wrong = new HashSet<int>();
        var chosenAll = new List<int>();
        foreach (var question in questions)
        {
            var chosen = answers.GetValueOrDefault(question.Id) ?? [];
            if (Problem(question, chosen) is { } problem)
            {
                return (null, problem);
            }

            chosenAll.AddRange(chosen);
            var correct = question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
            if (!correct.SetEquals(chosen))
            {
                wrong.Add(question.Id);
            }
        }

        var right = questions.Count - wrong.Count;
        var passed = right * 100 >= module.PassMark * questions.Count;
        return (new QuizGrade(right, questions.Count, right * 100 / questions.Count, passed, wrong, chosenAll), null);
    }

    private static string? Problem(QuizQuestion question, IReadOnlyList<int> chosen)
    {
        var name = $"第 {question.Number} 题";
        if (chosen.Count == 0)
        {
            return $"{name}尚未作答，请完成全部题目后再提交。";
        }

        if (chosen.Distinct().Count() != chosen.Count)
        {
            return $"{name}的同一选项被提交了多次，答卷未予记录。";
        }

        if (chosen.Any(id => question.Options.All(o => o.Id != id)))
        {
            return $"{name}的答案包含不属于该题的选项，答卷未予记录。";
        }

        return question.Kind == QuestionKind.SingleChoice && chosen.Count > 1
            ? $"{name}是单选题，只能选择一个选项。"
            : null;
    }
}
