using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Audit;

public class AuditPageTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private int _documentId;

    /// <summary>Known events at known times, beside whatever signing in records.</summary>
    public async Task InitializeAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
        if (await db.AuditEvents.AnyAsync(e => e.Detail.StartsWith("审计测试")))
        {
            _documentId = await db.AuditEvents.Where(e => e.Detail == "审计测试：文件").Select(e => e.DocumentId!.Value).FirstAsync();
            return;
        }

        var finance = await db.OrgUnits.FirstAsync(u => u.Code == "finance");
        var price = await db.OrgUnits.FirstAsync(u => u.Code == "price");
        var document = await db.Documents.OrderBy(d => d.Id).FirstAsync();
        _documentId = document.Id;
        db.AuditEvents.AddRange(
            // 2016-03-01 23:30 in Beijing is 15:30 UTC the same day; 2016-03-02 00:30 in Beijing is 16:30 UTC on 03-01.
            new AuditEvent { AtUtc = new DateTime(2016, 3, 1, 15, 30, 0, DateTimeKind.Utc), Action = AuditAction.DocumentCreated, ActorName = "审计甲", OrgUnitId = finance.Id, DocumentId = document.Id, Detail = "审计测试：文件" },
            new AuditEvent { AtUtc = new DateTime(2016, 3, 1, 16, 30, 0, DateTimeKind.Utc), Action = AuditAction.Approved, ActorName = "审计乙", OrgUnitId = price.Id, Detail = "审计测试：次日" },
            new AuditEvent { AtUtc = new DateTime(2016, 5, 1, 2, 0, 0, DateTimeKind.Utc), Action = AuditAction.SignInFailed, ActorName = "audit-guess", Detail = "审计测试：登录失败" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Audit_ShouldListNewestFirstWithBeijingTimes()
    {
        var client = await site.AdminAsync();

        var page = await client.GetPageAsync("/manager/audit?person=审计");

        var rows = Rows(page);
        Assert.Equal(["审计测试：次日", "审计测试：文件"], rows.Select(r => r[5]));
        Assert.Equal("2016-03-02 00:30:00", rows[0][0]);
        Assert.Equal("2016-03-01 23:30:00", rows[1][0]);
        Assert.Equal("审核通过", rows[0][3]);
    }

    [Theory]
    [InlineData("person=审计甲", new[] { "审计测试：文件" })]
    [InlineData("person=audit-gue", new[] { "审计测试：登录失败" })]
    [InlineData("unit=price&person=审计", new[] { "审计测试：次日" })]
    [InlineData("action=SignInFailed&person=audit", new[] { "审计测试：登录失败" })]
    [InlineData("from=2016-03-02&to=2016-03-02", new[] { "审计测试：次日" })]
    [InlineData("from=2016-03-01&to=2016-03-01", new[] { "审计测试：文件" })]
    [InlineData("from=2016-03-01&to=2016-05-01", new[] { "审计测试：登录失败", "审计测试：次日", "审计测试：文件" })]
    public async Task Audit_ShouldFilter_ByPersonUnitActionAndBeijingDates(string query, string[] expected)
    {
        var client = await site.AdminAsync();
        var page = await client.GetPageAsync("/manager/audit?" + query);
        Assert.Equal(expected, Rows(page).Select(r => r[5]));
    }

    [Fact]
    public async Task Audit_ShouldFilterByDocument_ByIdOrTitleWords()
    {
        var client = await site.AdminAsync();
        var title = await site.WithDbAsync(db => db.Documents.Where(d => d.Id == _documentId).Select(d => d.Title).FirstAsync());

        var byId = await client.GetPageAsync($"/manager/audit?document={_documentId}&person=审计");
        Assert.Equal(["审计测试：文件"], Rows(byId).Select(r => r[5]));
        Assert.Contains(title, Rows(byId)[0][4], StringComparison.Ordinal);

        var byWords = await client.GetPageAsync($"/manager/audit?person=审计&document={Uri.EscapeDataString(title[..4] + " " + title[^4..])}");
        Assert.Equal(["审计测试：文件"], Rows(byWords).Select(r => r[5]));
    }

    [Fact]
    public async Task Audit_ShouldListSignInsOfAdministrators_WhenTheyHappen()
    {
        var client = await site.AdminAsync();
        var page = await client.GetPageAsync("/manager/audit?action=SignedIn&person=admin");
        Assert.NotEmpty(Rows(page));
    }

    [Theory]
    [InlineData("from=2016-13-01", "起始日期")]
    [InlineData("to=yesterday", "截止日期")]
    [InlineData("from=2016-05-01&to=2016-03-01", "起始日期不能晚于截止日期")]
    [InlineData("unit=nowhere", "单位“nowhere”不存在")]
    [InlineData("action=Explode", "操作类型")]
    [InlineData("action=3", "操作类型")]
    [InlineData("action=-1", "操作类型")]
    [InlineData("action=Approved,Rejected", "操作类型")]
    [InlineData("to=1999-12-31", "截止日期应在 2000 年至 2100 年之间")]
    [InlineData("person=" + "很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字", "人员的搜索词最长 100 个字")]
    [InlineData("page=0", "页码")]
    [InlineData("page=abc", "页码")]
    [InlineData("page=99999999999999", "页码")]
    [InlineData("from=9999-12-31", "起始日期")]
    public async Task Audit_ShouldExplainBadFilterValues_NeverFail(string query, string message)
    {
        var client = await site.AdminAsync();
        var page = await client.GetPageAsync("/manager/audit?" + query);
        Assert.Contains(message, page.Text(".audit-problems"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.audit-table"));
    }

    [Fact]
    public async Task Audit_ShouldPage_WhenThereAreManyEvents()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
            if (!await db.AuditEvents.AnyAsync(e => e.ActorName == "分页人"))
            {
                db.AuditEvents.AddRange(Enumerable.Range(0, AuditQueries.PageSize + 5).Select(i => new AuditEvent
                {
                    AtUtc = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                    Action = AuditAction.DocumentEdited,
                    ActorName = "分页人",
                    Detail = $"第{i}次",
                }));
                await db.SaveChangesAsync();
            }
        }

        var client = await site.AdminAsync();
        var first = await client.GetPageAsync("/manager/audit?person=分页人");
        Assert.Equal(AuditQueries.PageSize, Rows(first).Count);
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("person=", next, StringComparison.Ordinal);
        var second = await client.GetPageAsync(next);
        Assert.Equal(5, Rows(second).Count);
        Assert.Equal("第0次", Rows(second)[^1][5]);
    }

    private static List<string[]> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.audit-table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())];
}
