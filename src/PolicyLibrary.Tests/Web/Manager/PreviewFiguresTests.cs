using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

/// <summary>"公众页面将如此显示正文": a preview with stored images is the public page's body, figures and captions included.</summary>
public class PreviewFiguresTests(ManagerSite manager) : IClassFixture<ManagerSite>
{
    private const string Image = "disclosure-notice-2016-66-tujie-1.png";

    [Fact]
    public async Task DocumentPreview_ShouldShowAStoredImageAsThePublicPageDoes_WithTheLibrarysCaption()
    {
        var slug = await manager.DbAsync(async db =>
        {
            var file = await db.MediaFiles.FirstAsync(m => m.FileName == Image);
            file.Caption = "图 政务公开流程（媒体库中的说明）";
            var document = await db.Documents.OrderBy(d => d.Id)
                .FirstAsync(d => d.Status == WorkflowStatus.Published && d.Disclosure == DisclosureAttribute.Proactive && d.Slug != "disclosure-notice-2016-66");
            document.BodyMarkdown += $"\n\n![政务公开流程示意图](media/{Image})\n";
            await db.SaveChangesAsync();
            return document.Slug;
        });
        var markdown = await manager.DbAsync(db => db.Documents.Where(d => d.Slug == slug).Select(d => d.BodyMarkdown).SingleAsync());
        var fields = ManagerSite.Fields(manager.NewInput() with { BodyMarkdown = markdown }, Guid.Empty);
        fields.Add(new("preview", "1"));

        using var response = await manager.PostAsync(Who.Drafter, "/manager/documents/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await response.HtmlAsync()).QuerySelector(".preview .body")!;
        var published = (await manager.Client(Who.Anonymous).GetPageAsync($"/documents/{slug}")).QuerySelector("article.document .body")!;

        Assert.Equal(published.InnerHtml.Trim(), preview.InnerHtml.Trim());
        var figure = preview.QuerySelector("figure:has(picture)")!;
        Assert.Equal("图 政务公开流程（媒体库中的说明）", figure.QuerySelector("figcaption")?.TextContent);
        Assert.Equal("政务公开流程示意图", figure.QuerySelector("img")?.GetAttribute("alt"));
        Assert.DoesNotContain("政务公开流程示意图", preview.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphicPreview_ShouldBeThePublicFigureList()
    {
        var seed = await manager.DbAsync(db => db.Interpretations.AsNoTracking().FirstAsync(i => i.Slug == "disclosure-notice-2016-66-tujie"));
        var id = await manager.DraftAsync();
        var fields = ManagerSite.Fields(ManagerSite.NewInterpretation() with { Form = InterpretationForm.Graphic, BodyMarkdown = seed.BodyMarkdown }, Guid.Empty);
        fields.Add(new("preview", "1"));

        using var response = await manager.PostAsync(Who.Drafter, $"/manager/documents/{id}/interpretations/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await response.HtmlAsync()).QuerySelector(".preview .body")!.InnerHtml.Trim();
        var published = (await manager.Client(Who.Anonymous).GetPageAsync("/interpretations/disclosure-notice-2016-66-tujie")).QuerySelector("article .body")!.InnerHtml.Trim();

        Assert.Equal(published, preview);
        Assert.Contains("<ol class=\"figure-list\"", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_ShouldOfferTheLibrarysImagesWithTheirMarkdown_WithoutJavaScript()
    {
        var page = await manager.Client(Who.Drafter).GetPageAsync("/manager/documents/new");

        var picker = page.QuerySelector("form details.media-picker[data-target='BodyMarkdown']")!;
        var item = picker.QuerySelectorAll(".media-picker-list li").First(li => li.TextContent.Contains(Image, StringComparison.Ordinal));
        Assert.StartsWith("![", item.QuerySelector("input[readonly]")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.EndsWith($"(media/{Image})", item.QuerySelector("input[readonly]")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Empty(picker.QuerySelectorAll("input[name], select[name], textarea[name]"));
    }
}
