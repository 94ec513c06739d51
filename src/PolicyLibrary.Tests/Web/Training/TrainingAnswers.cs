using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Training;

/// <summary>Quiz form fields (q{questionId}=optionId) read from the database, as a person who knows the answers would post them.</summary>
public static class TrainingAnswers
{
    public static Task<List<KeyValuePair<string, string>>> FormAsync(SiteFactory site, string module, int wrongQuestion) => site.WithDbAsync(async db =>
    {
        var questions = await db.QuizQuestions.AsNoTracking().Include(q => q.Options).Where(q => q.Module!.Slug == module).OrderBy(q => q.Number).ToListAsync();
        return questions.SelectMany(q => (q.Number == wrongQuestion ? q.Options.Where(o => !o.IsCorrect).Take(1) : q.Options.Where(o => o.IsCorrect).OrderBy(o => o.Number))
            .Select(o => new KeyValuePair<string, string>($"q{q.Id}", o.Id.ToString(CultureInfo.InvariantCulture)))).ToList();
    });
}
