using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Categories;

public class CategoriesPageTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    private SiteFactory Site => manager.Site;

    [Fact]
    public async Task Categories_ShouldListTheCatalogueWithCounts_AndRefuseOthers()
    {
        var page = await manager.Client(Who.Administrator).GetPageAsync("/manager/categories");

        Assert.Equal(await Site.WithDbAsync(db => db.Categories.CountAsync()), page.QuerySelectorAll("table.admin-table tbody tr").Length);
        Assert.NotNull(page.QuerySelector("a[href='/manager/documents?category=policy']"));
        using var refused = await manager.Client(Who.Drafter).GetAsync("/manager/categories");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task UsedCategory_ShouldOfferMergeNotDelete_AndRefuseADeletePost()
    {
        var admin = manager.Client(Who.Administrator);
        var id = await Site.WithDbAsync(db => db.Categories.Where(c => c.Code == "safety-emergency").Select(c => c.Id).SingleAsync());

        var page = await admin.GetPageAsync($"/manager/categories/{id}");
        Assert.NotNull(page.QuerySelector($"form[action='/manager/categories/{id}/merge'] select#IntoId"));
        Assert.Null(page.QuerySelector($"form[action='/manager/categories/{id}/delete']"));

        using var delete = await admin.PostFormAsync($"/manager/categories/{id}", $"/manager/categories/{id}/delete", []);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Contains("不能删除", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCategory_ThenHide_ThenDelete_ThroughTheForms()
    {
        var admin = manager.Client(Who.Administrator);

        using var created = await admin.PostFormAsync("/manager/categories/new", "/manager/categories/new",
            [new("Code", "web-test"), new("Name", "网页测试"), new("Description", "说明"), new("SortOrder", ""), new("IsHidden", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;

        using var hidden = await admin.PostFormAsync(url, url,
            [new("Name", "网页测试"), new("Description", "说明"), new("SortOrder", "99"), new("IsHidden", "true"), new("IsHidden", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.True(await Site.WithDbAsync(db => db.Categories.Where(c => c.Code == "web-test").Select(c => c.IsHidden).SingleAsync()));

        using var deleted = await admin.PostFormAsync(url, url + "/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await Site.WithDbAsync(db => db.Categories.AnyAsync(c => c.Code == "web-test")));
    }

    [Fact]
    public async Task NewCategory_ShouldAnswer400InChinese_WhenTheCodeIsTaken()
    {
        using var response = await manager.Client(Who.Administrator).PostFormAsync("/manager/categories/new", "/manager/categories/new",
            [new("Code", "policy"), new("Name", "重复"), new("IsHidden", "false")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已被使用", (await response.HtmlAsync()).Text("#code-error"), StringComparison.Ordinal);
    }
}
