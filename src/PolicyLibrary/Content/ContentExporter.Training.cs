using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Content;

public sealed partial class ContentExporter
{
    internal const string Elective = "选修";

    private async Task ExportTrainingAsync(string root, CancellationToken ct)
    {
        var modules = await db.TrainingModules.AsNoTracking().Include(m => m.AudienceUnits).Include(m => m.Lessons)
            .Include(m => m.Questions).ThenInclude(q => q.Options).AsSplitQuery().OrderBy(m => m.Slug).ToListAsync(ct);
        foreach (var m in modules)
        {
            var header = new TrainingModuleFile
            {
                Title = m.Title,
                Summary = NullIfEmpty(m.Summary),
                Year = m.Year,
                AudienceRoles = [.. m.AudienceRoles.Select(RoleNames.Of)],
                AudienceUnits = [.. m.AudienceUnits.Select(u => u.Code).Order(StringComparer.Ordinal)],
                Attachments = m.Attachments,
                PassMark = m.PassMark,
                Requirement = m.Required ? null : Elective,
                CreditHours = m.CreditHours == 0 ? null : m.CreditHours,
                ShowAnswers = m.ShowAnswers == AnswerReveal.AfterPass ? null : EnumLabels<AnswerReveal>.Of(m.ShowAnswers),
                Published = m.IsPublished ? null : false,
                Quiz = QuizSection.ToFile(m.CurrentQuestions.Select(QuestionInput.From)),
            };
            var body = LessonSections.Join(m.Lessons.OrderBy(l => l.Number).Select(l => (l.Title, l.BodyMarkdown)));
            await WriteAsync(root, $"{ContentReader.TrainingFolder}/{m.Slug}.md", FrontMatter.WriteMarkdown(header, body), ct);
        }

        var plans = await db.TrainingPlans.AsNoTracking().Include(p => p.Modules).Include(p => p.PlannedSessions).ThenInclude(s => s.Module)
            .AsSplitQuery().OrderBy(p => p.Year).ToListAsync(ct);
        foreach (var p in plans)
        {
            var header = new TrainingPlanFile
            {
                Year = p.Year,
                Title = p.Title,
                Modules = [.. p.Modules.Select(m => m.Slug).Order(StringComparer.Ordinal)],
                Sessions =
                [
                    .. p.PlannedSessions.OrderBy(s => s.Number).Select(s => new PlannedSessionFile
                    {
                        Title = s.Title,
                        Format = EnumLabels<TrainingFormat>.Of(s.Format),
                        Month = s.Month,
                        Module = s.Module?.Slug,
                        Audience = NullIfEmpty(s.Audience),
                        Note = s.Note,
                    }),
                ],
            };
            await WriteAsync(root, $"{ContentReader.TrainingPlansFolder}/{p.Year}.md", FrontMatter.WriteMarkdown(header, p.GoalsMarkdown), ct);
        }
    }
}
