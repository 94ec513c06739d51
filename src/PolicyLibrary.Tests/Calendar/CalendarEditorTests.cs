using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Calendar;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Calendar;

public class CalendarEditorTests : EditorialTest
{
    private const string Notice2027 = "国务院办公厅关于2027年部分节假日安排的通知";

    [Fact]
    public async Task AddYear_ShouldBeRefused_WhenNotAnAdministrator()
    {
        await using var scope = Scope();

        var outcome = await scope.Calendar.AddYearAsync(Reviewer, 2027, Notice2027);

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.False(await scope.Db.CalendarYears.AnyAsync(y => y.Year == 2027));
    }

    [Fact]
    public async Task AddYear_ShouldStoreAndAudit_AndRefuseTheSameYearTwice()
    {
        await using var scope = Scope();

        Assert.True((await scope.Calendar.AddYearAsync(Administrator, 2027, Notice2027)).Succeeded);
        var again = await scope.Calendar.AddYearAsync(Administrator, 2027, Notice2027);

        Assert.Equal(OutcomeKind.Invalid, again.Kind);
        Assert.Contains("已经存在", again.Errors["Year"], StringComparison.Ordinal);
        Assert.Equal(Notice2027, (await scope.Db.CalendarYears.SingleAsync(y => y.Year == 2027)).Notice);
        Assert.True(await scope.Db.AuditEvents.AnyAsync(e => e.Action == AuditAction.CalendarEdited && e.Detail.Contains("2027")));
    }

    [Theory]
    [InlineData(1989, Notice2027, "Year")]
    [InlineData(2027, "", "Notice")]
    public async Task AddYear_ShouldExplain_WhenInputIsBad(int year, string notice, string field)
    {
        await using var scope = Scope();

        var outcome = await scope.Calendar.AddYearAsync(Administrator, year, notice);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.True(outcome.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task AddDays_ShouldMakeDeadlinesFollowTheNewYear_HolidaysAndMakeUpDays()
    {
        await using var scope = Scope();
        Assert.True((await scope.Calendar.AddYearAsync(Administrator, 2027, Notice2027)).Succeeded);

        // A made-up arrangement for the test (the real 2027 one is not entered until announced): 01-01..01-03 off,
        // Saturday 01-09 worked.
        var holiday = await scope.Calendar.AddDaysAsync(Administrator, 2027,
            new CalendarDaysInput(CalendarDayKind.Holiday, "元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)));
        var workday = await scope.Calendar.AddDaysAsync(Administrator, 2027,
            new CalendarDaysInput(CalendarDayKind.MakeUpWorkday, "元旦调休上班", new DateOnly(2027, 1, 9), null));

        Assert.True(holiday.Succeeded, string.Join("；", holiday.Errors.Values));
        Assert.True(workday.Succeeded, string.Join("；", workday.Errors.Values));
        var calendar = await WorkingDayCalendars.LoadAsync(scope.Db);
        // From Thursday 2026-12-31: Mon 01-04, Tue 01-05, Wed 01-06.
        Assert.Equal(new DateOnly(2027, 1, 6), calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 3));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 9)));
        Assert.Equal(2, await scope.Db.AuditEvents.CountAsync(e => e.Action == AuditAction.CalendarEdited && e.Detail.Contains("添加")));
    }

    [Theory]
    [InlineData(CalendarDayKind.MakeUpWorkday, "调休上班", "2027-01-06", null, "From", "不是周末")]
    [InlineData(CalendarDayKind.Holiday, "元旦", "2026-12-31", null, "From", "不属于 2027 年")]
    [InlineData(CalendarDayKind.Holiday, "元旦", "2027-01-03", "2027-01-01", "To", "无效")]
    [InlineData(CalendarDayKind.Holiday, "春节", "2027-02-01", "2027-03-01", "To", "无效")]
    [InlineData(CalendarDayKind.Holiday, "", "2027-01-01", null, "Name", "请填写名称")]
    [InlineData(CalendarDayKind.MakeUpWorkday, "调休上班", "2027-01-09", "2027-01-10", "To", "逐日添加")]
    public async Task AddDays_ShouldRefuseAndStoreNothing_WhenADayBreaksTheRules(
        CalendarDayKind kind, string name, string from, string? to, string field, string message)
    {
        await using var scope = Scope();
        Assert.True((await scope.Calendar.AddYearAsync(Administrator, 2027, Notice2027)).Succeeded);

        var outcome = await scope.Calendar.AddDaysAsync(Administrator, 2027,
            new CalendarDaysInput(kind, name, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(message, outcome.Errors[field], StringComparison.Ordinal);
        Assert.False(await scope.Db.CalendarDays.AnyAsync(d => d.Date.Year == 2027));
    }

    [Fact]
    public async Task AddDays_ShouldRefuse_ADateAlreadyEntered()
    {
        await using var scope = Scope();

        // 2016-10-01..07 are 国庆节 in the seed.
        var outcome = await scope.Calendar.AddDaysAsync(Administrator, 2016,
            new CalendarDaysInput(CalendarDayKind.Holiday, "国庆节", new DateOnly(2016, 10, 6), new DateOnly(2016, 10, 8)));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("2016-10-06、2016-10-07、2016-10-08 已经登记", outcome.Errors["From"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveDay_ShouldMakeItAnOrdinaryDayAgain_AndAudit()
    {
        await using var scope = Scope();

        // Saturday 2016-10-08 was a make-up working day; without it, it is a weekend day again.
        var outcome = await scope.Calendar.RemoveDayAsync(Administrator, 2016, new DateOnly(2016, 10, 8));

        Assert.True(outcome.Succeeded);
        Assert.False((await WorkingDayCalendars.LoadAsync(scope.Db)).IsWorkingDay(new DateOnly(2016, 10, 8)));
        Assert.True(await scope.Db.AuditEvents.AnyAsync(e => e.Action == AuditAction.CalendarEdited && e.Detail.Contains("删除调休上班")));
        Assert.Equal(OutcomeKind.NotFound, (await scope.Calendar.RemoveDayAsync(Administrator, 2016, new DateOnly(2016, 10, 8))).Kind);
    }

    [Fact]
    public void MissingYears_ShouldNameTheYearADeadlineFromTodayWouldNeed()
    {
        var calendar = new WorkingDayCalendar([2026], []);

        Assert.Empty(CalendarEditor.MissingYears(calendar, new DateOnly(2026, 12, 2), 3));
        Assert.Equal([2027], CalendarEditor.MissingYears(calendar, new DateOnly(2026, 12, 29), 3));
        Assert.Equal([2028], CalendarEditor.MissingYears(new WorkingDayCalendar([2026], []), new DateOnly(2028, 3, 1), 3));
    }
}
