using System.Net;
using System.Text.RegularExpressions;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Media;

/// <summary>Every hostile file is refused with a Chinese reason, nothing of it is stored, and the server never fails.</summary>
public sealed partial class HostileUploadTests(MediaSite media, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<MediaSite>
{
    public static TheoryData<string> Cases => HostileUploads.All();

    [Fact]
    public void HostileSet_ShouldHoldAtLeastThirtyFiles() => Assert.True(HostileUploads.All().Count >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Upload_ShouldRefuseAndStoreNothing_WhenFileIsHostile(string label)
    {
        var (name, content, reason) = HostileUploads.Get(label);
        var filesBefore = media.StoredFileCount();
        var rowsBefore = await media.MediaRowCountAsync();

        using var response = await MediaSite.UploadAsync(media.Drafter, (name, content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        var refused = page.QuerySelector(".upload-results li.refused")?.TextContent.Trim() ?? "";
        output.WriteLine($"{label} → {refused}");
        Assert.True(Chinese().IsMatch(refused), $"{label}: no Chinese reason in “{refused}”");
        Assert.Contains(reason, refused, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".upload-results li.accepted"));
        Assert.Equal(filesBefore, media.StoredFileCount());
        Assert.Equal(rowsBefore, await media.MediaRowCountAsync());
        Assert.Empty(Directory.Exists(media.StoreFolder) ? Directory.GetFiles(media.StoreFolder, ".upload-*", SearchOption.AllDirectories) : []);
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]{4,}")]
    private static partial Regex Chinese();
}
