using System.Net;
using System.Text;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.TrainingReports;

public class TrainingCalendarAndReportTests(TrainingSite training) : IClassFixture<TrainingSite>
{
    private SiteFactory Site => training.Site;

    [Fact]
    public async Task SessionIcs_ShouldParseBackWithItsTimesInUtc()
    {
        training.Clock.Now = TrainingSite.Morning;
        var id = await training.ScheduleAsync("日历测试讲座", ["finance"]);
        await Site.EnsureUserAsync("ics-reader", "finance", Roles.Staff);
        var staff = await Site.SignedInAsync("ics-reader", SignedInClients.StaffPassword);

        using var response = await staff.GetAsync(new Uri($"/training/sessions/{id}/calendar.ics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Contains("日历测试讲座", e.Summary, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 3, 13, 1, 5, 0, DateTimeKind.Utc), e.Start!.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 13, 3, 0, 0, DateTimeKind.Utc), e.End!.AsUtc);
        Assert.Equal("区政府三楼会议室", e.Location);
        Assert.Equal(0, e.Sequence);
    }

    [Fact]
    public async Task SessionIcs_ShouldKeepItsUidOnAnyHost_AndCountSequenceWhenMovedOrCancelled()
    {
        training.Clock.Now = TrainingSite.Morning;
        var id = await training.ScheduleAsync("改期测试讲座", ["finance"]);
        await Site.EnsureUserAsync("ics-sequence", "finance", Roles.Staff);
        var staff = await Site.SignedInAsync("ics-sequence", SignedInClients.StaffPassword);
        async Task<Ical.Net.CalendarComponents.CalendarEvent> EventAsync(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/training/sessions/{id}/calendar.ics");
            request.Headers.Host = host;
            using var response = await staff.SendAsync(request);
            return Assert.Single(Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events);
        }

        var first = await EventAsync("localhost");
        var elsewhere = await EventAsync("10.0.0.8:8080");
        await training.MoveAsync(id, TimeSpan.FromHours(1));
        var moved = await EventAsync("localhost");
        await training.CancelAsync(id);
        var cancelled = await EventAsync("localhost");

        Assert.Equal(first.Uid, elsewhere.Uid);
        Assert.Equal(first.Uid, moved.Uid);
        Assert.Equal(first.Uid, cancelled.Uid);
        Assert.Equal((0, 1, 2), (first.Sequence, moved.Sequence, cancelled.Sequence));
        Assert.Equal(new DateTime(2026, 3, 13, 2, 5, 0, DateTimeKind.Utc), moved.Start!.AsUtc);
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public async Task PersonalFeedAddress_ShouldStayTheSameUntilReset_AndTheResetEndsTheOldOne()
    {
        await Site.EnsureUserAsync("feed-reset", "finance", Roles.Staff);
        var staff = await Site.SignedInAsync("feed-reset", SignedInClients.StaffPassword);
        async Task<string> AddressAsync() =>
            new Uri((await staff.GetPageAsync("/training/sessions")).QuerySelector("input.feed-url")!.GetAttribute("value")!).PathAndQuery;

        var first = await AddressAsync();
        var second = await AddressAsync();
        using var reset = await staff.PostFormAsync("/training/sessions", "/training/sessions/calendar/reset", []);
        var page = await staff.GetPageAsync("/training/sessions");
        var renewed = new Uri(page.QuerySelector("input.feed-url")!.GetAttribute("value")!).PathAndQuery;
        var anonymous = Site.NewClient();
        using var old = await anonymous.GetAsync(new Uri(first, UriKind.Relative));
        using var current = await anonymous.GetAsync(new Uri(renewed, UriKind.Relative));

        Assert.Equal(first, second);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("旧地址已失效", page.Text("[role=status]"), StringComparison.Ordinal);
        Assert.NotEqual(first, renewed);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task PersonalFeed_ShouldListTheAudiencesSessions_WithoutACookie_AndRefuseABadToken()
    {
        training.Clock.Now = TrainingSite.Morning;
        var mine = await training.ScheduleAsync("本人订阅的培训", ["environment"]);
        var other = await training.ScheduleAsync("别的单位的培训", ["work-safety"]);
        await Site.EnsureUserAsync("feed-owner", "environment", Roles.Staff);
        var staff = await Site.SignedInAsync("feed-owner", SignedInClients.StaffPassword);
        var page = await staff.GetPageAsync("/training/sessions");
        var feed = new Uri(page.QuerySelector("input.feed-url")!.GetAttribute("value")!).PathAndQuery;
        Assert.Contains("本人订阅的培训", page.Text("ul.upcoming-sessions"), StringComparison.Ordinal);

        var anonymous = Site.NewClient();
        var calendar = Ical.Net.Calendar.Load(await anonymous.GetStringAsync(new Uri(feed, UriKind.Relative)))!;
        using var forged = await anonymous.GetAsync(new Uri("/training/calendar/not-a-token.ics", UriKind.Relative));
        using var tampered = await anonymous.GetAsync(new Uri(feed.Replace(".ics", "x.ics", StringComparison.Ordinal), UriKind.Relative));
        using var junk = await anonymous.GetAsync(new Uri("/training/calendar/%FF%FE%21~.ics", UriKind.Relative));

        var titles = calendar.Events.Select(e => e.Summary).ToList();
        Assert.Contains(titles, t => t!.Contains("本人订阅的培训", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t!.Contains("别的单位的培训", StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (forged.StatusCode, tampered.StatusCode, junk.StatusCode));
        Assert.NotEqual(mine, other);
    }

    [Fact]
    public async Task SessionIcs_ShouldBe404_ForAMissingSession()
    {
        await Site.EnsureUserAsync("ics-missing", "finance", Roles.Staff);
        var staff = await Site.SignedInAsync("ics-missing", SignedInClients.StaffPassword);
        using var response = await staff.GetAsync(new Uri("/training/sessions/999999/calendar.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpClient Coordinator, int Session)> ClosedSessionWithAttendanceAsync()
    {
        training.Clock.Now = TrainingSite.Morning;
        var id = await training.ScheduleAsync("统计测试培训班", ["development-reform"], open: true);
        await Site.EnsureUserAsync("report-present", "development-reform", Roles.Staff);
        await Site.EnsureUserAsync("report-absent", "development-reform", Roles.Staff);
        var staff = await Site.SignedInAsync("report-present", SignedInClients.StaffPassword);
        using var scan = await staff.GetAsync(new Uri($"/training/check-in/{id}?code={await training.CodeAsync(id)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        var coordinator = await Site.SignedInAsync("coordinator", SignedInClients.StaffPassword);
        using var close = await coordinator.PostFormAsync($"/manager/training/sessions/{id}", $"/manager/training/sessions/{id}/close", [new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        return (coordinator, id);
    }

    [Fact]
    public async Task YearReport_ShouldCountSessionsPersonTimesAndUnitRates_WithATableBehindEachChart()
    {
        var (coordinator, _) = await ClosedSessionWithAttendanceAsync();
        training.Clock.Now = TrainingSite.Morning.AddHours(3);

        var page = await coordinator.GetPageAsync("/manager/training/reports?year=2026");

        // The chart's labels are the page's text, not text inside a scaled SVG (about 5 px on a 360 px phone).
        Assert.Contains(page.QuerySelectorAll(".bar-chart li .bar-label"), l => l.TextContent.Contains("统计测试培训班", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".chart svg text"));
        // Every cell of the session table carries its heading, for the stacked rows of a phone.
        Assert.All(page.QuerySelectorAll("table[data-table='sessions'] tbody td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
        var sessions = page.Text("table[data-table='sessions']");
        Assert.Contains("统计测试培训班", sessions, StringComparison.Ordinal);
        var unitRow = page.QuerySelectorAll("table[data-table='units'] tbody tr").Select(r => r.TextContent).Single(t => t.Contains("发展和改革", StringComparison.Ordinal) || t.Contains("发改", StringComparison.Ordinal));
        Assert.Contains("50.0%", unitRow, StringComparison.Ordinal);
        Assert.True(int.Parse(page.Text("[data-figure='person-times']"), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task SessionClosedBeforeItsStartTime_ShouldCountAsHeld_InTheYearReportItsXlsxAndMyTraining()
    {
        // Closed at 09:00 for a 09:05 start, and read at once: the clock has not reached the start.
        var (coordinator, id) = await ClosedSessionWithAttendanceAsync();

        var page = await coordinator.GetPageAsync("/manager/training/reports?year=2026");
        var xlsx = await coordinator.GetByteArrayAsync(new Uri("/manager/training/reports/2026.xlsx", UriKind.Relative));
        var staff = await Site.SignedInAsync("report-present", SignedInClients.StaffPassword);
        var mine = await staff.GetPageAsync("/training?year=2026");
        var sessionReport = await coordinator.GetPageAsync($"/manager/training/reports/sessions/{id}");

        Assert.Contains("统计测试培训班", page.Text("table[data-table='sessions']"), StringComparison.Ordinal);
        Assert.Contains(XlsxSheets.Sheet(xlsx, "培训场次").Skip(1), r => r[1] == "统计测试培训班" && r[7] == "1");
        var summary = XlsxSheets.Sheet(xlsx, "汇总");
        Assert.Equal(("举办培训(期)", "培训人次"), (summary[0][1], summary[0][2]));
        Assert.Equal((page.Text("[data-figure='sessions']"), page.Text("[data-figure='person-times']")), (summary[1][1], summary[1][2]));
        Assert.True(int.Parse(summary[1][1], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("统计测试培训班", mine.Text("main"), StringComparison.Ordinal);
        Assert.Contains("人次 1", sessionReport.Text("main").Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryoneAudience_ShouldBeTheSameStaff_ForASessionsRosterAndTheCompletionRate()
    {
        training.Clock.Now = TrainingSite.Morning;
        var id = await training.ScheduleAsync("全体工作人员讲座");
        var coordinator = await Site.SignedInAsync("coordinator", SignedInClients.StaffPassword);

        var sheet = await coordinator.GetPageAsync($"/manager/training/sessions/{id}");
        var report = await coordinator.GetPageAsync("/manager/training/reports?year=2026");

        // 2026 has one module, for everyone (content/training/revised-regulation-essentials-2026.md): its denominator is
        // the staff a session for everyone expects, not every account on record.
        var audience = sheet.QuerySelectorAll("[data-roster-body] tr").Length;
        var completion = System.Text.RegularExpressions.Regex.Match(report.Text("[data-figure='completion']").Length > 0 ? report.QuerySelector("[data-figure='completion']")!.ParentElement!.TextContent : "", @"(\d+) / (\d+)（1 门课程）");
        Assert.True(completion.Success, report.Text("main"));
        Assert.Equal(audience, int.Parse(completion.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Exports_ShouldOpenAsCsvWithBomAndAsXlsx_WithTheRows()
    {
        var (coordinator, id) = await ClosedSessionWithAttendanceAsync();
        training.Clock.Now = TrainingSite.Morning.AddHours(3);

        var csv = await coordinator.GetByteArrayAsync(new Uri($"/manager/training/reports/sessions/{id}.csv", UriKind.Relative));
        var xlsx = await coordinator.GetByteArrayAsync(new Uri($"/manager/training/reports/sessions/{id}.xlsx", UriKind.Relative));
        var year = await coordinator.GetByteArrayAsync(new Uri("/manager/training/reports/2026.xlsx", UriKind.Relative));

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("姓名,单位,状态,签到时间,方式,备注", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("测试report-present,", StringComparison.Ordinal) && l.Contains(",出席,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("测试report-absent,", StringComparison.Ordinal) && l.Contains(",缺席,", StringComparison.Ordinal));

        var sheet = XlsxSheets.Read(xlsx)[0].Rows;
        Assert.Equal("姓名", sheet[0][0]);
        var names = sheet.Skip(1).Select(r => r[0]).ToList();
        Assert.Contains("测试report-present", names);

        var sessions = XlsxSheets.Sheet(year, "培训场次");
        Assert.Contains(sessions.Skip(1), r => r[1] == "统计测试培训班" && int.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture) == 1);
        Assert.Equal("出勤率(%)", XlsxSheets.Sheet(year, "各单位出勤")[0][3]);
    }

    [Fact]
    public async Task EmptyYear_ShouldExportValidFilesWithHeaders_AndABadYearIsA400()
    {
        await Site.EnsureUserAsync("coordinator", "gov-office", Roles.TrainingCoordinator);
        var coordinator = await Site.SignedInAsync("coordinator", SignedInClients.StaffPassword);

        var csv = await coordinator.GetByteArrayAsync(new Uri("/manager/training/reports/2099.csv?table=units", UriKind.Relative));
        var xlsx = await coordinator.GetByteArrayAsync(new Uri("/manager/training/reports/2099.xlsx", UriKind.Relative));
        var page = await coordinator.GetPageAsync("/manager/training/reports?year=2099");
        using var bad = await coordinator.GetAsync(new Uri("/manager/training/reports/abcd.csv", UriKind.Relative));
        using var badFormat = await coordinator.GetAsync(new Uri("/manager/training/reports/2026.pdf", UriKind.Relative));
        using var badQuery = await coordinator.GetAsync(new Uri("/manager/training/reports?year=-1", UriKind.Relative));

        Assert.Equal("单位,应到人次,实到人次,出勤率(%)\r\n", Encoding.UTF8.GetString(csv[3..]));
        Assert.Equal("培训", XlsxSheets.Sheet(xlsx, "培训场次")[0][1]);
        Assert.Single(XlsxSheets.Sheet(xlsx, "培训场次"));
        Assert.Equal("0", page.Text("[data-figure='sessions']"));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (bad.StatusCode, badFormat.StatusCode, badQuery.StatusCode));
    }

    [Theory]
    [InlineData("/manager/training/reports?year=abc")]
    [InlineData("/manager/training/reports?year=1999")]
    [InlineData("/manager/training/reports?year=2026.5")]
    [InlineData("/manager/training/reports/2101.xlsx")]
    [InlineData("/manager/training/reports/99999999999.csv")]
    public async Task AYearThatIsNoYear_ShouldBeA400ThatSaysWhatIsExpected(string url)
    {
        await Site.EnsureUserAsync("coordinator", "gov-office", Roles.TrainingCoordinator);
        var coordinator = await Site.SignedInAsync("coordinator", SignedInClients.StaffPassword);

        using var response = await coordinator.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("年度应为 2000 至 2100 之间的整数", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedHistory_ShouldShowThe2016ReportsFigures_TwoSessionsAnd200PersonTimes()
    {
        training.Clock.Now = TrainingSite.Morning;
        await Site.EnsureUserAsync("coordinator", "gov-office", Roles.TrainingCoordinator);
        var coordinator = await Site.SignedInAsync("coordinator", SignedInClients.StaffPassword);

        var page = await coordinator.GetPageAsync("/manager/training/reports?year=2016");

        // 《2016年政府信息公开工作年度报告》: 全年举办政府信息公开年度培训2期，培训人员200人次。
        Assert.Equal("2", page.Text("[data-figure='sessions']"));
        Assert.Equal("200", page.Text("[data-figure='person-times']"));
        Assert.Equal(2, page.QuerySelectorAll("table[data-table='sessions'] tbody tr").Length);
        Assert.Equal(16, page.QuerySelectorAll("table[data-table='units'] tbody tr").Length);
    }
}
