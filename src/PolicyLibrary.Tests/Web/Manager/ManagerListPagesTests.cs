using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

public class ManagerListPagesTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    [Fact]
    public async Task DocumentList_ShouldShowEveryDocument_ForAReviewer_WithTheUnitFilter()
    {
        await manager.DraftAsync();

        var page = await manager.Client(Who.Reviewer).GetPageAsync("/manager/documents");

        var total = await manager.DbAsync(db => db.Documents.CountAsync());
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Text(".result-count strong"));
        Assert.NotNull(page.QuerySelector("select#filter-unit"));
        Assert.All(page.QuerySelectorAll("table.manager-list tbody tr"), r => Assert.NotNull(r.QuerySelector(".interpretation-state")));
    }

    [Fact]
    public async Task DocumentList_ShouldShowOnlyTheUnitsOwn_ForADrafter_AndRefuseStaff()
    {
        var id = await manager.DraftAsync();

        var page = await manager.Client(Who.OtherDrafter).GetPageAsync("/manager/documents?status=Draft");

        Assert.Null(page.QuerySelector($"a[href='/manager/documents/{id}']"));
        Assert.Null(page.QuerySelector("select#filter-unit"));
        using var staff = await manager.Client(Who.Staff).GetAsync("/manager/documents");
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }

    [Fact]
    public async Task DocumentList_ShouldFilterByText_AndSayWhatItIgnored()
    {
        var id = await manager.DraftAsync();
        var title = (await manager.DocumentAsync(id)).Title;

        var page = await manager.Client(Who.Administrator).GetPageAsync($"/manager/documents?q={Uri.EscapeDataString(title)}&status=Nope");

        Assert.Equal([$"/manager/documents/{id}"], page.QuerySelectorAll("table.manager-list tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Contains("状态“Nope”无效", page.Text(".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentList_ShouldPage_KeepingTheFilter()
    {
        for (var i = 0; i < 31; i++)
        {
            await manager.DraftAsync();
        }

        var page = await manager.Client(Who.Reviewer).GetPageAsync("/manager/documents?status=Draft&sort=Title");

        Assert.Equal(30, page.QuerySelectorAll("table.manager-list tbody tr").Length);
        var next = page.QuerySelector(".pager a[rel='next']")!.GetAttribute("href");
        Assert.Equal("/manager/documents?status=Draft&sort=Title&page=2", next);
        Assert.NotEmpty((await manager.Client(Who.Reviewer).GetPageAsync(next!)).QuerySelectorAll("table.manager-list tbody tr"));
    }

    [Fact]
    public async Task InterpretationList_ShouldLinkEachInterpretationAndItsDocument()
    {
        var id = await manager.DraftAsync(PolicyLibrary.Documents.DocumentKind.NormativeDocument);
        var interpretation = await manager.InterpretationAsync(id);

        var page = await manager.Client(Who.Reviewer).GetPageAsync("/manager/interpretations?status=Draft");

        var row = page.QuerySelectorAll("table.manager-list tbody tr").Single(r => r.QuerySelector($"a[href='/manager/interpretations/{interpretation}']") is not null);
        Assert.NotNull(row.QuerySelector($"a[href='/manager/documents/{id}']"));
    }
}
