using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

/// <summary>The document form as a drafter meets it: marked required fields, pre-filled issuer and drafter, assigned 索引号, readable address.</summary>
public class DocumentFormTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    [Fact]
    public async Task New_ShouldMarkRequiredFields_AndPrefillTheDraftersUnitAndName()
    {
        var drafter = await manager.ActorAsync("m-drafter");
        var page = await manager.Client(Who.Drafter).GetPageAsync("/manager/documents/new");

        foreach (var field in new[] { "Title", "IssuingOrgan", "DrafterName", "CategoryCode", "Kind", "WrittenOn", "Disclosure" })
        {
            Assert.True(page.QuerySelector($"#{field}")!.HasAttribute("required"), field);
            Assert.NotNull(page.QuerySelector($"label[for='{field}'] .required-mark"));
        }

        Assert.False(page.QuerySelector("#DocumentNumber")!.HasAttribute("required"));
        Assert.Equal("下陆区人民政府办公室", page.QuerySelector("#IssuingOrgan")!.GetAttribute("value"));
        Assert.Equal(drafter.DisplayName, page.QuerySelector("#DrafterName")!.GetAttribute("value"));
        Assert.Contains("011043070/", page.Text("#IndexNumber"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name='IndexNumber']"));
        Assert.NotNull(page.QuerySelector("input[name='CoIssuingUnitCodes'][value='finance']"));
        Assert.Null(page.QuerySelector("input[name='CoIssuingUnitCodes'][value='gov-office']"));
    }

    [Fact]
    public async Task New_ShouldSayChoose_ForAnUnselectedCategory()
    {
        using var response = await manager.PostAsync(Who.Drafter, "/manager/documents/new", ManagerSite.Fields(manager.NewInput() with { CategoryCode = "" }, Guid.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请选择主题分类。", (await response.HtmlAsync()).Text("#CategoryCode-error"));
    }

    [Fact]
    public async Task New_ShouldTakeAReadableAddress_AndExplainACollisionNextToTheField()
    {
        var slug = "test-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await manager.PostAsync(Who.Drafter, "/manager/documents/new", ManagerSite.Fields(manager.NewInput() with { Slug = slug }, Guid.Empty));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await manager.DbAsync(db => db.Documents.AnyAsync(d => d.Slug == slug && d.IndexNumber.StartsWith("011043070/2017-"))));

        var input = manager.NewInput() with { Slug = slug };
        using var again = await manager.PostAsync(Who.Drafter, "/manager/documents/new", ManagerSite.Fields(input, Guid.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var page = await again.HtmlAsync();
        Assert.Equal($"网址 {slug} 已被其他文件使用，请换一个。", page.Text("#Slug-error"));
        Assert.Equal(slug, page.QuerySelector("#Slug")!.GetAttribute("value"));
        Assert.False(await manager.DbAsync(db => db.Documents.AnyAsync(d => d.Title == input.Title)));
    }

    [Fact]
    public async Task IndexNumber_ShouldBeCorrectedByAnAdministrator_AndRefusedToADrafter()
    {
        var id = await manager.DraftAsync();
        var number = "011043070/2017-9" + Random.Shared.Next(1000, 9999);

        using var refused = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/index-number", [new("indexNumber", number)]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var adminPage = await manager.Client(Who.Administrator).GetPageAsync($"/manager/documents/{id}");
        Assert.NotNull(adminPage.QuerySelector($"form[action='/manager/documents/{id}/index-number']"));
        Assert.Null((await manager.Client(Who.Drafter).GetPageAsync($"/manager/documents/{id}")).QuerySelector("#index-number"));

        using var corrected = await manager.PostAsync(Who.Administrator, $"/manager/documents/{id}/index-number", [new("indexNumber", number)]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(number, (await manager.DocumentAsync(id)).IndexNumber);
    }
}
