using PolicyLibrary.Calendar;

namespace PolicyLibrary.Tests.Calendar;

public class WorkingDayCalendarTests
{
    // The official 2016 National Day arrangement: 10-01..10-07 off, Sat 10-08 and Sun 10-09 worked.
    private static readonly WorkingDayCalendar Calendar2016 = new([2016],
    [
        .. Enumerable.Range(1, 7).Select(d => new CalendarDay { Date = new DateOnly(2016, 10, d), Kind = CalendarDayKind.Holiday, Name = "国庆节" }),
        new CalendarDay { Date = new DateOnly(2016, 10, 8), Kind = CalendarDayKind.MakeUpWorkday, Name = "国庆节调休上班" },
        new CalendarDay { Date = new DateOnly(2016, 10, 9), Kind = CalendarDayKind.MakeUpWorkday, Name = "国庆节调休上班" },
    ]);

    [Theory]
    [InlineData("2016-09-30", true)] // Friday
    [InlineData("2016-09-24", false)] // Saturday
    [InlineData("2016-10-03", false)] // Monday, but 国庆节
    [InlineData("2016-10-08", true)] // Saturday, but 调休上班
    [InlineData("2016-10-10", true)]
    public void IsWorkingDay_ShouldFollowHolidaysAndMakeUpDays(string date, bool expected) =>
        Assert.Equal(expected, Calendar2016.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AddWorkingDays_ShouldCountMakeUpWeekendAndSkipHoliday_WhenCrossingNationalDay()
    {
        // Published Friday 09-30: the three working days after it are Sat 10-08, Sun 10-09 and Mon 10-10.
        Assert.Equal(new DateOnly(2016, 10, 10), Calendar2016.AddWorkingDays(new DateOnly(2016, 9, 30), 3));
    }

    [Fact]
    public void AddWorkingDays_ShouldSkipWeekend_WhenNoHoliday()
    {
        Assert.Equal(new DateOnly(2016, 3, 16), Calendar2016.AddWorkingDays(new DateOnly(2016, 3, 11), 3));
    }

    [Fact]
    public void AddWorkingDays_ShouldRefuseToGuess_WhenYearIsMissing()
    {
        var e = Assert.Throws<CalendarYearMissingException>(() => Calendar2016.AddWorkingDays(new DateOnly(2016, 12, 29), 3));
        Assert.Equal(2017, e.Year);
        Assert.StartsWith("请先维护 2017 年的工作日历", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_ShouldRejectNegativeCounts() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar2016.AddWorkingDays(new DateOnly(2016, 3, 11), -1));
}
