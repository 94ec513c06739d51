using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Documents;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;
using SixLabors.ImageSharp.PixelFormats;

namespace PolicyLibrary.Tests.Media;

/// <summary>Who may fetch what, with which headers; the manager's library; and 图解 as figures on the page and in the API.</summary>
public sealed class MediaServingTests(MediaSite media) : IClassFixture<MediaSite>
{
    private const string Graphic = "disclosure-notice-2016-66-tujie";

    [Fact]
    public async Task Attachment_ShouldBePrivateUntilAPublicDocumentUsesIt_ThenDownloadSafely()
    {
        var name = "关于印发《政府信息公开办法》的通知.docx";
        var (_, fileName) = await media.UploadAcceptedAsync(name, TestFiles.Docx());
        var url = $"/media/{fileName}";
        using var anonymous = media.Site.NewClient();

        using (var outside = await anonymous.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        using (var editor = await media.Drafter.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
            Assert.Contains("no-store", editor.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        await AppendToBodyAsync(d => d.Slug == "disclosure-notice-2016-66", $"\n\n附件：[{name}](media/{fileName})\n");

        using var download = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar);
        Assert.DoesNotContain(disposition.FileName!, c => c > 127);
        Assert.True(download.Headers.CacheControl!.Public);
        Assert.NotNull(download.Headers.ETag);
    }

    [Fact]
    public async Task Image_ShouldBe404Outside_WhenOnlyADraftUsesIt_AndCacheableOnceAPublicInterpretationDoes()
    {
        var (id, fileName) = await media.UploadAcceptedAsync("草稿配图.png", TestFiles.Png(1000, 500, new Rgba32(200, 100, 0)));
        var sha = await media.Site.WithDbAsync(db => db.MediaFiles.Where(m => m.Id == id).Select(m => m.Sha256).SingleAsync());
        var variant = $"/media/{sha}/960.webp";
        await AppendToBodyAsync(d => d.Status == WorkflowStatus.Draft, $"\n\n![草稿中的示意图](media/{fileName})\n");
        using var anonymous = media.Site.NewClient();

        foreach (var url in new[] { variant, $"/media/{fileName}", $"/media/{sha}/320.jpg" })
        {
            using var outside = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(outside.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)outside.StatusCode} for a draft's image");
        }

        await media.Site.WithDbAsync(async db =>
        {
            var interpretation = await db.Interpretations.FirstAsync(i => i.Slug == Graphic);
            interpretation.BodyMarkdown += $"\n\n![公开的示意图](media/{fileName} \"图2 示意图\")\n";
            return await db.SaveChangesAsync();
        });

        using var published = await anonymous.GetAsync(new Uri(variant, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("image/webp", published.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", published.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(published.Headers.CacheControl.MaxAge >= TimeSpan.FromDays(365));

        using var again = new HttpRequestMessage(HttpMethod.Get, variant);
        again.Headers.IfNoneMatch.Add(published.Headers.ETag!);
        using var notModified = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task GraphicInterpretation_ShouldShowAnAccessibleFigureList_WithPictureSources()
    {
        using var anonymous = media.Site.NewClient();
        var page = await anonymous.GetPageAsync($"/interpretations/{Graphic}");

        var figure = page.QuerySelector(".body ol.figure-list > li > figure")!;
        Assert.NotNull(figure);
        Assert.Equal("图1 一图读懂黄下政办〔2016〕66号通知", figure.QuerySelector("figcaption")?.TextContent);
        var source = figure.QuerySelector("picture > source[type='image/webp']")!;
        Assert.Contains(" 320w", source.GetAttribute("srcset"), StringComparison.Ordinal);
        var image = figure.QuerySelector("picture > img")!;
        Assert.StartsWith("信息图：", image.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.True(int.Parse(image.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(int.Parse(image.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.NotEmpty(image.GetAttribute("srcset")!);
        foreach (var url in source.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[0]).Append(image.GetAttribute("src")!))
        {
            using var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task GraphicInterpretation_ShouldCarryItsFiguresInTheApi()
    {
        using var anonymous = media.Site.NewClient();
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri($"/api/v1/interpretations/{Graphic}", UriKind.Relative)));

        var figure = json.RootElement.GetProperty("figures").EnumerateArray().First();
        Assert.Equal(1, figure.GetProperty("number").GetInt32());
        Assert.Equal("图1 一图读懂黄下政办〔2016〕66号通知", figure.GetProperty("caption").GetString());
        Assert.StartsWith("信息图：", figure.GetProperty("altText").GetString(), StringComparison.Ordinal);
        Assert.True(figure.GetProperty("width").GetInt32() > 0 && figure.GetProperty("height").GetInt32() > 0);
        var sources = figure.GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("contentType").GetString() == "image/webp");
        using var fetched = await anonymous.GetAsync(new Uri(figure.GetProperty("url").GetString()!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Redirect)]
    [InlineData("staff", HttpStatusCode.Forbidden)]
    [InlineData("drafter", HttpStatusCode.OK)]
    [InlineData("reviewer", HttpStatusCode.OK)]
    public async Task ManagerLibrary_ShouldBeOnlyForEditors(string who, HttpStatusCode expected)
    {
        using var anonymous = media.Site.NewClient();
        var client = who switch { "staff" => media.Staff, "drafter" => media.Drafter, "reviewer" => media.Reviewer, _ => anonymous };

        using var response = await client.GetAsync(new Uri("/manager/media", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (who == "anonymous")
        {
            Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_ShouldBeRefused_ForStaffWithoutAnEditingRole()
    {
        var rows = await media.MediaRowCountAsync();
        var token = await media.Drafter.TokenAsync("/manager/media", "/manager/media");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(TestFiles.Png()), "files", "a.png" } };

        using var response = await media.Staff.PostAsync(new Uri("/manager/media", UriKind.Relative), form);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.Equal(rows, await media.MediaRowCountAsync());
    }

    [Fact]
    public async Task Library_ShouldListSearchAndShowWhereAFileIsUsed_AndRefuseDeletingIt()
    {
        var list = await media.Drafter.GetPageAsync("/manager/media?q=disclosure-notice-2016-66");
        var card = list.QuerySelector(".media-grid a.media-card")!;
        Assert.Contains("disclosure-notice-2016-66-tujie-1.png", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("img[src^='/media/']"));
        var details = card.GetAttribute("href")!;

        var page = await media.Drafter.GetPageAsync(details);
        Assert.Contains(page.QuerySelectorAll(".media-details .doc-rows a"), a => a.TextContent.Contains("一图读懂", StringComparison.Ordinal));
        Assert.StartsWith("![", page.QuerySelector("#snippet")!.GetAttribute("value"), StringComparison.Ordinal);

        using var delete = await media.Drafter.PostFormAsync(details, $"{details}/delete", []);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("不能删除", (await delete.HtmlAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.True(await media.Site.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.FileName == "disclosure-notice-2016-66-tujie-1.png")));
    }

    [Fact]
    public async Task Library_ShouldRequireAltTextForImages_AndDeleteUnusedFilesWithTheirBytes()
    {
        var (id, _) = await media.UploadAcceptedAsync("待删除.png", TestFiles.Png(500, 300, new Rgba32(77, 1, 1)));
        var details = $"/manager/media/{id}";

        using var empty = await media.Drafter.PostFormAsync(details, details, [new("altText", " "), new("caption", "说明")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("替代文本", (await empty.HtmlAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);

        using var saved = await media.Drafter.PostFormAsync(details, details, [new("altText", "红色方块"), new("caption", "图 红色方块")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (alt, hashes) = await media.Site.WithDbAsync(async db =>
        {
            var file = await db.MediaFiles.Include(m => m.Variants).SingleAsync(m => m.Id == id);
            return (file.AltText, file.Variants.Select(v => v.Sha256).Append(file.Sha256).ToList());
        });
        Assert.Equal("红色方块", alt);

        using var deleted = await media.Drafter.PostFormAsync(details, $"{details}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await media.Site.WithDbAsync(db => db.MediaFiles.AnyAsync(m => m.Id == id)));
        Assert.All(hashes, h => Assert.Null(new PolicyLibrary.Media.FileSystemMediaStore(media.StoreFolder).OpenRead(h)));
    }

    private Task<int> AppendToBodyAsync(System.Linq.Expressions.Expression<Func<Document, bool>> which, string markdown) =>
        media.Site.WithDbAsync(async db =>
        {
            var document = await db.Documents.FirstAsync(which);
            document.BodyMarkdown += markdown;
            return await db.SaveChangesAsync();
        });
}
