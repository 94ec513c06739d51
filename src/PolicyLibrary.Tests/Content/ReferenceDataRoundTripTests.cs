using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Calendar;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Content;

/// <summary>What administrators change in the manager (calendars, categories) exports to content/ and imports back equal.</summary>
public class ReferenceDataRoundTripTests
{
    [Fact]
    public async Task CalendarAndCategoryEdits_ShouldExportAndImportBackEqual()
    {
        using var folder = new TempFolder();
        using var first = await TestDatabase.CreateAsync();
        await first.ImportAsync(RepositoryPaths.Content);
        var admin = await EditingScope.ActorAsync(first, "admin", "gov-office", Roles.Administrator);
        await using (var scope = new EditingScope(first, TimeProvider.System))
        {
            Assert.True((await scope.Calendar.AddYearAsync(admin, 2027, "国务院办公厅关于2027年部分节假日安排的通知")).Succeeded);
            Assert.True((await scope.Calendar.AddDaysAsync(admin, 2027,
                new CalendarDaysInput(CalendarDayKind.Holiday, "元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)))).Succeeded);
            Assert.True((await scope.Calendar.RemoveDayAsync(admin, 2016, new DateOnly(2016, 10, 9))).Succeeded);
            var housing = await scope.Db.Categories.AsNoTracking().SingleAsync(c => c.Code == "housing");
            Assert.True((await scope.Categories.UpdateAsync(admin, housing.Id, new CategoryInput(null, "住房保障", "改过的说明", 1, true))).Succeeded);
            Assert.True((await scope.Categories.CreateAsync(admin, new CategoryInput("public-health", "公共卫生", null, null, false))).Succeeded);
        }

        await first.ExportAsync(folder["export-1"]);
        using var second = await TestDatabase.CreateAsync();
        await second.ImportAsync(folder["export-1"]);
        await second.ExportAsync(folder["export-2"]);

        FolderComparison.AssertEqual(folder["export-1"], folder["export-2"]);
        var categories = await File.ReadAllTextAsync(folder["export-1/categories.yaml"]);
        Assert.Contains("name: 住房保障", categories, StringComparison.Ordinal);
        Assert.Contains("hidden: true", categories, StringComparison.Ordinal);
        Assert.Contains("code: public-health", categories, StringComparison.Ordinal);
        Assert.Contains("notice: 国务院办公厅关于2027年部分节假日安排的通知", await File.ReadAllTextAsync(folder["export-1/calendar/2027.yaml"]), StringComparison.Ordinal);
        Assert.DoesNotContain("2016-10-09", await File.ReadAllTextAsync(folder["export-1/calendar/2016.yaml"]), StringComparison.Ordinal);
        await using var db = second.NewContext();
        Assert.True((await db.Categories.SingleAsync(c => c.Code == "housing")).IsHidden);
    }

    [Fact]
    public async Task ASessionsPlanLink_ShouldExportAndImportBackEqual()
    {
        using var folder = new TempFolder();
        using var first = await TestDatabase.CreateAsync();
        await first.ImportAsync(RepositoryPaths.Content);
        await using (var db = first.NewContext())
        {
            // As the coordinator's 按规划安排 leaves it: the session points at the plan's second entry of 2026.
            var entry = await db.PlannedSessions.SingleAsync(p => p.Number == 2 && db.TrainingPlans.Any(t => t.Id == p.PlanId && t.Year == 2026));
            var session = await db.TrainingSessions.OrderBy(s => s.Slug).FirstAsync();
            session.PlannedSessionId = entry.Id;
            await db.SaveChangesAsync();
        }

        await first.ExportAsync(folder["export-1"]);
        using var second = await TestDatabase.CreateAsync();
        await second.ImportAsync(folder["export-1"]);
        await second.ExportAsync(folder["export-2"]);

        FolderComparison.AssertEqual(folder["export-1"], folder["export-2"]);
        Assert.Contains("plannedSession: 2026/2", await File.ReadAllTextAsync(Directory.GetFiles(folder["export-1/training/sessions"]).Order(StringComparer.Ordinal).First()), StringComparison.Ordinal);
        await using var imported = second.NewContext();
        var linked = await imported.TrainingSessions.Where(s => s.PlannedSessionId != null).Select(s => new { s.PlannedSession!.Number, s.PlannedSession.Title }).SingleAsync();
        Assert.Equal((2, "政策解读写作讲座"), (linked.Number, linked.Title));
    }
}
