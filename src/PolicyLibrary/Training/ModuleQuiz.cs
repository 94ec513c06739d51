using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Training;

/// <summary>
/// Writes a quiz into a module. An unchanged quiz is left alone; a changed one becomes the next quiz version, as new
/// rows, so attempts of earlier versions keep the questions, options and score they were graded on. A replaced version
/// that nobody attempted is deleted, since nothing refers to it.
/// </summary>
public static class ModuleQuiz
{
    /// <summary>True when the quiz changed (and a new version was written). The module's questions must be loaded, all versions.</summary>
    public static async Task<bool> ApplyAsync(PolicyLibraryDbContext db, TrainingModule module, IReadOnlyList<QuestionInput> questions, CancellationToken ct)
    {
        var current = module.CurrentQuestions.Select(QuestionInput.From).ToList();
        if (current.Count == questions.Count && current.Zip(questions).All(p => p.First.SameAs(p.Second)))
        {
            return false;
        }

        var replaced = module.CurrentQuestions.ToList();
        var attempted = module.Id != 0 && replaced.Count > 0
            && await db.QuizAttempts.AnyAsync(a => a.ModuleId == module.Id && a.QuizVersion == module.QuizVersion, ct);

        // A module that never had questions starts at its version; otherwise the next number after every one used.
        if (module.Questions.Count > 0)
        {
            module.QuizVersion = Math.Max(module.QuizVersion, module.Questions.Max(q => q.QuizVersion)) + 1;
        }

        if (!attempted)
        {
            foreach (var question in replaced)
            {
                module.Questions.Remove(question);
                db.QuizQuestions.Remove(question);
            }
        }

        foreach (var (source, number) in questions.Select((q, i) => (q, i + 1)))
        {
            module.Questions.Add(new QuizQuestion
            {
                QuizVersion = module.QuizVersion,
                Number = number,
                Text = source.Text,
                Kind = source.Kind,
                Explanation = string.IsNullOrWhiteSpace(source.Explanation) ? null : source.Explanation,
                Options = [.. source.Options.Select((o, j) => new QuizOption { Number = j + 1, Text = o.Text, IsCorrect = o.IsCorrect })],
            });
        }

        return true;
    }
}
