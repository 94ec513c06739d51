using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Media;

/// <summary>An 音视频 interpretation: the recording with its captions on the page, served in ranges, and only once public.</summary>
public sealed class RecordingServingTests(MediaSite media) : IClassFixture<MediaSite>
{
    [Fact]
    public async Task AudioVideoInterpretation_ShouldPlayWithCaptions_ServedInRanges_OnlyOnceAPublicItemUsesIt()
    {
        var (videoId, video) = await media.UploadAcceptedAsync("政策解读视频.mp4", TestFiles.IsoMedia(payload: 20_000));
        var (captionsId, captions) = await media.UploadAcceptedAsync("政策解读字幕.vtt", TestFiles.Vtt());
        using (var described = await media.Drafter.PostFormAsync($"/manager/media/{videoId}", $"/manager/media/{videoId}",
            [new("altText", "区法制办主任解读办法的视频"), new("caption", "视频：三分钟读懂办法"), new("captionsId", captionsId.ToString(System.Globalization.CultureInfo.InvariantCulture))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, described.StatusCode);
        }

        await media.Site.WithDbAsync(async db =>
        {
            var draft = await db.Documents.FirstAsync(d => d.Status == WorkflowStatus.Draft);
            draft.BodyMarkdown += $"\n\n![草稿中的视频](media/{video})\n";
            return await db.SaveChangesAsync();
        });
        using var anonymous = media.Site.NewClient();
        foreach (var url in new[] { $"/media/{video}", $"/media/{captions}" })
        {
            using var outside = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(outside.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)outside.StatusCode} while only a draft uses it");
        }

        var slug = await media.Site.WithDbAsync(async db =>
        {
            var interpretation = await db.Interpretations.FirstAsync(i => i.Slug == "disclosure-notice-2016-66-tujie");
            interpretation.Form = InterpretationForm.AudioVideo;
            interpretation.BodyMarkdown = $"以下为解读视频。\n\n![区法制办主任解读办法](media/{video})\n";
            await db.SaveChangesAsync();
            return interpretation.Slug;
        });

        var page = await anonymous.GetPageAsync($"/interpretations/{slug}");
        var player = page.QuerySelector(".body figure > video[controls]")!;
        Assert.Equal($"/media/{video}", player.GetAttribute("src"));
        var track = player.QuerySelector("track[kind='captions'][srclang='zh']")!;
        Assert.Equal($"/media/{captions}", track.GetAttribute("src"));
        Assert.Equal("视频：三分钟读懂办法", page.QuerySelector(".body figure figcaption")?.TextContent);
        Assert.NotNull(page.QuerySelector($".body figure .media-links a[href='/media/{captions}']"));

        using var range = new HttpRequestMessage(HttpMethod.Get, $"/media/{video}");
        range.Headers.Range = new RangeHeaderValue(0, 99);
        using var partial = await anonymous.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("video/mp4", partial.Content.Headers.ContentType?.MediaType);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(0, partial.Content.Headers.ContentRange!.From);
        Assert.Null(partial.Content.Headers.ContentDisposition);

        using var vtt = await anonymous.GetAsync(new Uri($"/media/{captions}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, vtt.StatusCode);
        Assert.Equal("text/vtt", vtt.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("WEBVTT", await vtt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
