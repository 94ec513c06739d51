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
        var content = file is { Kind: MediaKind.Image }
            ? PictureMarkup.For(file, alt)
            : $"<img src=\"/{WebUtility.HtmlEncode(url)}\" alt=\"{WebUtility.HtmlEncode(alt)}\" loading=\"lazy\">";
        var figcaption = caption.Length == 0 ? "" : $"<figcaption>{WebUtility.HtmlEncode(caption)}</figcaption>";
        return $"<figure>{content}{figcaption}</figure>";
    }
}
