using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Calendar;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Calendar;

/// <summary>The calendars content/ ships: every year from 2015 to 2026, as the State Council's notices announced them.</summary>
public class SeededCalendarTests : EditorialTest
{
    [Fact]
    public async Task Seed_ShouldNameTheNoticeEachYearFollows()
    {
        var years = await QueryAsync(db => db.CalendarYears.OrderBy(y => y.Year).ToListAsync());

        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.Contains($"国务院办公厅关于{y.Year}年部分节假日安排的通知", y.Notice, StringComparison.Ordinal));
    }

    [Theory]
    // Rest days and working days the notices name, including the later changes (2019 劳动节, 2020 春节 extended).
    [InlineData("2015-09-03", false)] // 抗战胜利70周年纪念日
    [InlineData("2015-09-06", true)] // Sunday, worked
    [InlineData("2018-12-29", true)] // Saturday, worked for 2019 元旦
    [InlineData("2018-12-31", false)]
    [InlineData("2019-05-03", false)]
    [InlineData("2019-05-05", true)]
    [InlineData("2020-01-31", false)]
    [InlineData("2020-02-01", false)] // once a make-up day, cancelled when the holiday was extended
    [InlineData("2020-02-03", true)]
    [InlineData("2022-12-31", false)] // 2023 元旦 starts in 2022
    [InlineData("2023-09-29", false)]
    [InlineData("2023-10-07", true)]
    [InlineData("2024-02-18", true)]
    [InlineData("2025-01-28", false)]
    [InlineData("2025-10-11", true)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-08", true)] // Thursday after 国庆节
    public async Task Seed_ShouldFollowTheOfficialArrangement(string date, bool working)
    {
        var calendar = await QueryAsync(db => WorkingDayCalendars.LoadAsync(db));

        Assert.Equal(working, calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // Rest days and make-up working days per year, as the notices count them.
    // A holiday "joined with the weekend" (与周末连休) lists the weekend days too, as the 2016 file always did.
    [InlineData(2024, 30, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public async Task Seed_ShouldCountTheNoticesDays(int year, int holidays, int workdays)
    {
        var days = await QueryAsync(db => db.CalendarDays.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToListAsync());

        Assert.Equal(holidays, days.Count(d => d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(workdays, days.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday));
    }

    [Fact]
    public async Task Seed_ShouldLetEverySeededDocumentAndTodayHaveADeadline()
    {
        var calendar = await QueryAsync(db => WorkingDayCalendars.LoadAsync(db));
        var published = await QueryAsync(db => db.Documents.Where(d => d.PublishedAtUtc != null).Select(d => d.PublishedAtUtc!.Value).ToListAsync());

        Assert.NotEmpty(published);
        Assert.All(published, p => InterpretationDeadlines.DueOn(calendar, p, 3));
        Assert.Equal(new DateOnly(2026, 12, 7), calendar.AddWorkingDays(new DateOnly(2026, 12, 2), 3));
    }
}
