using System.Text;
using PolicyLibrary.Media;

namespace PolicyLibrary.Tests.Media;

/// <summary>Audio, video and captions are accepted by their bytes, not their names.</summary>
public class RecordingCheckTests
{
    [Fact]
    public void Problem_ShouldAcceptRealRecordingsAndCaptions()
    {
        Assert.Null(AttachmentCheck.Problem(TestFiles.IsoMedia("vide"), ".mp4"));
        Assert.Null(AttachmentCheck.Problem(TestFiles.IsoMedia("soun", "M4A "), ".m4a"));
        Assert.Null(AttachmentCheck.Problem(TestFiles.Mp3(), ".mp3"));
        Assert.Null(AttachmentCheck.Problem(TestFiles.Vtt(), ".vtt"));
        Assert.Null(AttachmentCheck.Problem([0xEF, 0xBB, 0xBF, .. TestFiles.Vtt()], ".vtt"));
    }

    [Theory]
    [InlineData(".mp4", "mp3", "不是有效的MP4 视频")]
    [InlineData(".mp3", "mp4", "不是有效的 MP3 音频")]
    [InlineData(".mp3", "text", "不是有效的 MP3 音频")]
    [InlineData(".mp4", "sound-only", "没有视频轨道")]
    [InlineData(".m4a", "video", "只含音频")]
    [InlineData(".mp4", "truncated", "不完整或已损坏")]
    [InlineData(".mp4", "appended", "不完整或已损坏")]
    [InlineData(".mp3", "tag-only", "没有音频数据")]
    [InlineData(".vtt", "text", "WebVTT")]
    [InlineData(".vtt", "latin1", "WebVTT")]
    public void Problem_ShouldRefuseWhatTheBytesAreNot_WithTheReasonInChinese(string extension, string content, string reason)
    {
        var mp4 = TestFiles.IsoMedia("vide");
        var bytes = content switch
        {
            "mp3" => TestFiles.Mp3(),
            "mp4" => mp4,
            "text" => Encoding.UTF8.GetBytes("这不是媒体文件，只是改了扩展名的文本。"),
            "sound-only" => TestFiles.IsoMedia("soun"),
            "video" => mp4,
            "truncated" => mp4[..^100],
            "appended" => [.. mp4, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")],
            "tag-only" => TestFiles.Mp3(frames: 0),
            "latin1" => [.. Encoding.ASCII.GetBytes("WEBVTT\n\n00:00.000 --> 00:01.000\n"), 0xE9, 0x0A],
            _ => throw new ArgumentOutOfRangeException(nameof(content)),
        };

        var problem = AttachmentCheck.Problem(bytes, extension);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
