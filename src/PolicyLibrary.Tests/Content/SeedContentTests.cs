using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Content;

/// <summary>The repository's content/ is what a newcomer sees first: it must import and cover the whole domain.</summary>
public class SeedContentTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Seed_ShouldCoverEveryCategoryKindValidityAndDisclosure()
    {
        await using var db = seeded.Database.NewContext();
        var documents = await db.Documents.Include(d => d.Category).ToListAsync();

        Assert.True(documents.Count >= 16);
        Assert.Equal(8, await db.Categories.CountAsync());
        Assert.Equal(8, documents.Select(d => d.CategoryId).Distinct().Count());
        Assert.Contains(documents, d => d.DocumentNumber == "黄下政办〔2016〕66号");
        Assert.Contains(documents, d => d.DocumentNumber == "黄下政办〔2016〕67号");
        Assert.Contains(documents, d => d.Validity == Validity.Repealed);
        Assert.Contains(documents, d => d.Validity == Validity.Revised && d.ReplacedById != null);
        Assert.True(documents.Count(d => d.Disclosure != DisclosureAttribute.Proactive) >= 2);
        Assert.Contains(documents, d => d.Status == WorkflowStatus.Draft);
    }

    [Fact]
    public async Task Seed_ShouldPairDocumentsWithInterpretationsOfEveryForm()
    {
        await using var db = seeded.Database.NewContext();
        var interpretations = await db.Interpretations.Include(i => i.Document).ToListAsync();

        Assert.True(interpretations.Count >= 10);
        Assert.Contains(interpretations, i => i.Form == InterpretationForm.Text);
        Assert.Contains(interpretations, i => i.Form == InterpretationForm.QuestionsAndAnswers);
        Assert.Contains(interpretations, i => i.Form == InterpretationForm.Graphic && i.BodyHtml.Contains("<img", StringComparison.Ordinal));
        Assert.All(interpretations, i => Assert.Equal(i.Document!.DraftingUnitId, i.InterpretingUnitId));
    }

    [Fact]
    public async Task Seed_ShouldHoldTheCalendarsFrom2015To2026()
    {
        await using var db = seeded.Database.NewContext();
        Assert.Equal(Enumerable.Range(2015, 12), await db.CalendarYears.Select(y => y.Year).OrderBy(y => y).ToListAsync());
        var nationalDay = await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2016, 10, 3));
        Assert.Equal(PolicyLibrary.Calendar.CalendarDayKind.Holiday, nationalDay.Kind);
    }

    [Fact]
    public async Task Seed_ShouldHoldTrainingModulesWithLessonsQuizzesAndThePlansOf2016And2026()
    {
        await using var db = seeded.Database.NewContext();
        var modules = await db.TrainingModules.Include(m => m.Lessons).Include(m => m.Questions).ThenInclude(q => q.Options).ToListAsync();

        Assert.True(modules.Count >= 3);
        Assert.All(modules, m =>
        {
            Assert.InRange(m.Lessons.Count, 2, 4);
            Assert.InRange(m.Questions.Count, 4, 6);
            Assert.All(m.Questions, q => Assert.Contains(q.Options, o => o.IsCorrect));
            Assert.All(m.Lessons, l => Assert.StartsWith("<", l.BodyHtml, StringComparison.Ordinal));
        });
        Assert.Contains(modules, m => m.Questions.Any(q => q.Kind == PolicyLibrary.Training.QuestionKind.MultipleChoice));
        Assert.Contains(modules, m => m.AudienceRoles.Count == 0 && m.Year == 2026);
        var plans = await db.TrainingPlans.Include(p => p.Modules).Include(p => p.PlannedSessions).OrderBy(p => p.Year).ToListAsync();
        Assert.Equal([2016, 2026], plans.Select(p => p.Year));
        Assert.All(plans, p => Assert.NotEmpty(p.Modules));
        Assert.Contains(plans[0].PlannedSessions, s => s.Format == PolicyLibrary.Training.TrainingFormat.MeetingAsTraining);
    }
}
