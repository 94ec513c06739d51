using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Units;

public class UnitsPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task UnitList_ShouldListTheSeededUnitsWithKindAndCount()
    {
        var client = await site.AdminAsync();

        var page = await client.GetPageAsync("/manager/units");

        Assert.Equal("单位管理", page.Text("main h1"));
        var rows = page.QuerySelectorAll("table.admin-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(await site.WithDbAsync(db => db.OrgUnits.CountAsync()), rows.Count);
        Assert.Contains(rows, r => r.Contains("finance", StringComparison.Ordinal) && r.Contains("区政府工作部门", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("xinxialu", StringComparison.Ordinal) && r.Contains("街道", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateUnit_ShouldCreateAndAudit_WhenInputIsGood()
    {
        var client = await site.AdminAsync();

        using var response = await client.PostFormAsync("/manager/units/new", "/manager/units/new",
            [new("Code", "big-data-2"), new("Name", "下陆区大数据中心"), new("ShortName", "大数据中心"), new("Kind", "Other")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await site.WithDbAsync(db => db.OrgUnits.AsNoTracking().FirstAsync(u => u.Code == "big-data-2"));
        Assert.Equal(OrgUnitKind.Other, unit.Kind);
        Assert.True(await site.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.OrgUnitManaged && e.Detail.Contains("big-data-2"))));
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("单位已创建", page.Text(".admin-flash"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Big_Data", "下陆区某中心", "某中心", "Other", "单位代码只能由小写字母")]
    [InlineData("finance", "重复的单位", "重复", "Department", "已被使用")]
    [InlineData("", "无代码", "无代码", "Department", "请填写单位代码")]
    [InlineData("no-name", "", "", "Department", "请填写单位名称")]
    [InlineData("bad-kind", "某单位", "某单位", "Palace", "请选择单位类型")]
    [InlineData("bad-kind2", "某单位", "某单位", "1", "请选择单位类型")]
    public async Task CreateUnit_ShouldExplainInChineseAndStoreNothing_WhenInputIsBad(string code, string name, string shortName, string kind, string message)
    {
        var client = await site.AdminAsync();
        var before = await site.WithDbAsync(db => db.OrgUnits.CountAsync());

        using var response = await client.PostFormAsync("/manager/units/new", "/manager/units/new",
            [new("Code", code), new("Name", name), new("ShortName", shortName), new("Kind", kind)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await site.WithDbAsync(db => db.OrgUnits.CountAsync()));
    }

    [Fact]
    public async Task EditUnit_ShouldChangeNameAndKindButNotCode_AndAudit()
    {
        var id = await site.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "laoxialu").Select(u => u.Id).FirstAsync());
        var client = await site.AdminAsync();
        var form = await client.GetPageAsync($"/manager/units/{id}");
        Assert.Null(form.QuerySelector("input[name='Code']"));

        using var response = await client.PostFormAsync($"/manager/units/{id}", $"/manager/units/{id}",
            [new("Code", "hijacked"), new("Name", "老下陆街道办事处（新）"), new("ShortName", "老下陆"), new("Kind", "Other")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await site.WithDbAsync(db => db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == id));
        Assert.Equal(("laoxialu", "老下陆街道办事处（新）", OrgUnitKind.Other), (unit.Code, unit.Name, unit.Kind));
        var detail = await site.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == AuditAction.OrgUnitManaged && e.Detail.Contains("laoxialu")).Select(e => e.Detail).SingleAsync());
        Assert.Contains("老下陆街道办事处（新）", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditUnit_ShouldGive404_WhenUnitDoesNotExist()
    {
        var client = await site.AdminAsync();
        await client.GetPageAsync("/manager/units/999999", HttpStatusCode.NotFound);
        using var response = await client.GetAsync(new Uri("/manager/units/abc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
