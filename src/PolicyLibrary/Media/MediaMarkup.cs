using System.Net;

namespace PolicyLibrary.Media;

/// <summary>A stored file where a body shows it: an image as <c>&lt;picture&gt;</c>, standing alone as a <c>&lt;figure&gt;</c>.</summary>
public static class MediaMarkup
{
    /// <summary>
    /// A figure: the alt text is only the image's alternative text, the caption (if any) its <c>&lt;figcaption&gt;</c>,
    /// so a screen reader meets each once. A file missing from the library keeps a plain image of its address.
    /// </summary>
    public static string Figure(MediaFile? file, string url, string alt, string caption)
    {
        var content = file switch
        {
            { Kind: MediaKind.Image } => PictureMarkup.For(file, alt),
            { Kind: MediaKind.Audio or MediaKind.Video } => Player(file, alt),
            _ => $"<img src=\"/{WebUtility.HtmlEncode(url)}\" alt=\"{WebUtility.HtmlEncode(alt)}\" loading=\"lazy\">",
        };
        var figcaption = caption.Length == 0 ? "" : $"<figcaption>{WebUtility.HtmlEncode(caption)}</figcaption>";
        return $"<figure>{content}{figcaption}</figure>";
    }

    /// <summary>
    /// <c>&lt;video controls&gt;</c> or <c>&lt;audio controls&gt;</c> with its captions track (Chinese), and under it
    /// the download and the captions as a transcript, for readers whose browser cannot play it or who would rather read.
    /// </summary>
    private static string Player(MediaFile file, string label)
    {
        var (element, what) = file.Kind == MediaKind.Video ? ("video", "视频") : ("audio", "音频");
        var src = MediaUrls.Original(file.FileName);
        var track = file.Captions is { Kind: MediaKind.Captions } captions
            ? $"<track kind=\"captions\" srclang=\"zh\" label=\"中文字幕\" src=\"{MediaUrls.Original(captions.FileName)}\" default>"
            : "";
        var size = file.Width is { } w && file.Height is { } h ? $" width=\"{w}\" height=\"{h}\"" : "";
        var links = $"<a href=\"{src}\">下载{what}（{Path.GetExtension(file.FileName).TrimStart('.').ToUpperInvariant()}，{Megabytes(file.Length)}）</a>"
            + (file.Captions is { Kind: MediaKind.Captions } transcript ? $" · <a href=\"{MediaUrls.Original(transcript.FileName)}\">文字稿（字幕文本）</a>" : "");
        return $"<{element} controls preload=\"metadata\" src=\"{src}\" aria-label=\"{WebUtility.HtmlEncode(label)}\"{size}>{track}"
            + $"<a href=\"{src}\">下载{what}</a></{element}><p class=\"media-links\">{links}</p>";
    }

    private static string Megabytes(long bytes) =>
        bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024:0.#} MB");
}
