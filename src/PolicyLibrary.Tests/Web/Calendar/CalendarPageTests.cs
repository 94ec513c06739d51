using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Calendar;

public class CalendarPageTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    private SiteFactory Site => manager.Site;

    [Fact]
    public async Task Calendar_ShouldListTheSeededYears_ForAdministrators_AndRefuseOthers()
    {
        var page = await manager.Client(Who.Administrator).GetPageAsync("/manager/calendar");

        var years = page.QuerySelectorAll("table.admin-table tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("2026 年", years);
        Assert.Contains("2015 年", years);
        Assert.Equal("2027", page.QuerySelector("#Year")!.GetAttribute("value"));
        using var refused = await manager.Client(Who.Reviewer).GetAsync("/manager/calendar");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task NewYear_ThenDays_ShouldBeEnteredThroughTheForms()
    {
        var admin = manager.Client(Who.Administrator);

        using var created = await admin.PostFormAsync("/manager/calendar", "/manager/calendar",
            [new("Year", "2031"), new("Notice", "国务院办公厅关于2031年部分节假日安排的通知")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/manager/calendar/2031", created.Headers.Location!.OriginalString);

        using var added = await admin.PostFormAsync("/manager/calendar/2031", "/manager/calendar/2031/days",
            [new("Kind", "Holiday"), new("Name", "春节"), new("From", "2031-01-22"), new("To", "2031-01-28")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetPageAsync("/manager/calendar/2031");
        Assert.Equal(7, page.QuerySelectorAll("table.calendar-days tbody tr").Length);
        Assert.Contains("已添加", page.Text(".admin-flash"), StringComparison.Ordinal);

        using var removed = await admin.PostFormAsync("/manager/calendar/2031", "/manager/calendar/2031/days/2031-01-28/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(6, await Site.WithDbAsync(db => db.CalendarDays.CountAsync(d => d.Date.Year == 2031)));
    }

    [Theory]
    [InlineData("MakeUpWorkday", "调休上班", "2026-03-04", "", "不是周末")]
    [InlineData("Weekday", "某日", "2026-03-07", "", "请选择法定节假日或调休上班日")]
    [InlineData("Holiday", "某日", "昨天", "", "日期（起）")]
    public async Task AddDays_ShouldAnswer400WithTheMessage_WhenADayIsWrong(string kind, string name, string from, string to, string message)
    {
        var admin = manager.Client(Who.Administrator);

        using var response = await admin.PostFormAsync("/manager/calendar/2026", "/manager/calendar/2026/days",
            [new("Kind", kind), new("Name", name), new("From", from), new("To", to)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains(message, page.QuerySelector(".field-error:not(:empty)")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(name, page.QuerySelector("#Name")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AddDays_ShouldAskForTheKind_WhenItIsANumberOrNone(string? kind)
    {
        var admin = manager.Client(Who.Administrator);
        var before = await Site.WithDbAsync(db => db.CalendarDays.CountAsync());
        List<KeyValuePair<string, string>> fields = [new("Name", "某日"), new("From", "2026-03-07")];
        if (kind is not null)
        {
            fields.Add(new("Kind", kind));
        }

        using var response = await admin.PostFormAsync("/manager/calendar/2026", "/manager/calendar/2026/days", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("请选择法定节假日或调休上班日。", page.Text("#kind-error"));
        Assert.Empty(page.QuerySelectorAll("input[name='Kind'][checked]"));
        Assert.Equal(before, await Site.WithDbAsync(db => db.CalendarDays.CountAsync()));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("yesterday")]
    public async Task RemoveDay_ShouldAnswer400InChinese_WhenTheDateIsNoDate(string date)
    {
        using var response = await manager.Client(Who.Administrator).PostFormAsync("/manager/calendar/2026", $"/manager/calendar/2026/days/{date}/delete", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"日期“{date}”无效，应形如 2027-01-01。", (await response.HtmlAsync()).DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Year_ShouldSayHowToStartIt_WhenItDoesNotExist()
    {
        var page = await manager.Client(Who.Administrator).GetPageAsync("/manager/calendar/2045", HttpStatusCode.NotFound);

        Assert.Contains("2045 年的工作日历尚未建立", page.DocumentElement.TextContent, StringComparison.Ordinal);
    }
}
