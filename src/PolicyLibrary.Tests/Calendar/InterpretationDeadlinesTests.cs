using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Calendar;

public class InterpretationDeadlinesTests : EditorialTest
{
    [Fact]
    public async Task Owed_ShouldFallDueThreeWorkingDaysAfterPublication_AcrossTheNationalDayHoliday()
    {
        // Published on Friday 2016-09-30: 10-01..10-07 are holidays, Sat 10-08 and Sun 10-09 are make-up working days.
        var id = await PublishWithPlanAsync();
        await using var scope = Scope();

        var owed = (await scope.Deadlines.OwedAsync()).Single(d => d.DocumentId == id);

        Assert.Equal((new DateOnly(2016, 9, 30), new DateOnly(2016, 10, 10), false), (owed.PublishedOn, owed.DueOn!.Value, owed.IsOverdue));
        Clock.Advance(TimeSpan.FromDays(11));
        Assert.True((await scope.Deadlines.OwedAsync()).Single(d => d.DocumentId == id).IsOverdue);
    }

    [Fact]
    public async Task Owed_ShouldSayTheCalendarYearIsMissing_RatherThanGuess()
    {
        // Published on Tuesday 2026-12-29: the third working day after it lies in 2027, which no notice has announced yet.
        Clock.Now = new DateTimeOffset(2026, 12, 29, 2, 0, 0, TimeSpan.Zero);
        var id = await PublishWithPlanAsync(new DateOnly(2026, 12, 21));
        await using var scope = Scope();

        var owed = (await scope.Deadlines.OwedAsync()).Single(d => d.DocumentId == id);

        Assert.Null(owed.DueOn);
        Assert.Equal(2027, owed.MissingYear);
        Assert.StartsWith("请先维护 2027 年的工作日历", owed.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("content/", owed.Problem, StringComparison.Ordinal);
        Assert.Equal([2027], await scope.Deadlines.MissingYearsAsync());
    }

    [Fact]
    public async Task Owed_ShouldNoLongerList_ADocumentWhoseInterpretationIsPublished()
    {
        var id = await PublishWithPlanAsync();
        await CreateInterpretationAsync(id);
        await using var scope = Scope();
        Assert.True((await scope.Workflow.SubmitAsync(Drafter, id)).Succeeded);
        Assert.True((await scope.Workflow.ApproveAsync(Reviewer, id, null, null)).Succeeded);

        Assert.DoesNotContain(await scope.Deadlines.OwedAsync(), d => d.DocumentId == id);
        var unit = await scope.Db.OrgUnits.SingleAsync(u => u.Code == "gov-office");
        Assert.All(await scope.Deadlines.OwedAsync(unit.Id), d => Assert.Equal("下陆区人民政府办公室", d.UnitName));
    }

    private async Task<int> PublishWithPlanAsync(DateOnly? writtenOn = null)
    {
        var id = await CreateDocumentAsync(NewDocument() with
        {
            WrittenOn = writtenOn ?? new DateOnly(2016, 9, 26),
            PlannedInterpretationForm = InterpretationForm.Text,
            PlannedInterpretationDueOn = (writtenOn ?? new DateOnly(2016, 9, 26)).AddDays(14),
        });
        await using var scope = Scope();
        Assert.True((await scope.Workflow.SubmitAsync(Drafter, id)).Succeeded);
        Assert.True((await scope.Workflow.ApproveAsync(Reviewer, id, null, null)).Succeeded);
        return id;
    }
}
