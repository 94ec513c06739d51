using System.Globalization;
using System.Net;
using System.Text;

namespace PolicyLibrary.Media;

/// <summary>
/// An image as <c>&lt;picture&gt;</c>: WebP sources for browsers that take them, a JPEG <c>srcset</c> for the rest,
/// width and height set so the page does not jump while it loads, and lazy loading.
/// </summary>
public static class PictureMarkup
{
    /// <summary>Layout width on the site: the body column is at most about 960 CSS px wide.</summary>
    public const string Sizes = "(max-width: 960px) 100vw, 960px";

    public static string For(MediaFile image, string alt)
    {
        var jpegs = image.Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).ToList();
        var webps = image.Variants.Where(v => v.Format == "webp").OrderBy(v => v.Width).ToList();
        if (jpegs.Count == 0)
        {
            return $"<img src=\"{Encode(MediaUrls.Original(image.FileName))}\" alt=\"{Encode(alt)}\" loading=\"lazy\">";
        }

        var fallback = jpegs.LastOrDefault(v => v.Width <= 960) ?? jpegs[0];
        var largest = jpegs[^1];
        var html = new StringBuilder("<picture>");
        if (webps.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<source type=\"image/webp\" srcset=\"{SrcSet(image, webps)}\" sizes=\"{Sizes}\">");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<img src=\"{MediaUrls.Variant(image.Sha256, fallback.Width, "jpg")}\" srcset=\"{SrcSet(image, jpegs)}\" sizes=\"{Sizes}\" width=\"{largest.Width}\" height=\"{largest.Height}\" alt=\"{Encode(alt)}\" loading=\"lazy\" decoding=\"async\">");
        return html.Append("</picture>").ToString();
    }

    private static string SrcSet(MediaFile image, IEnumerable<MediaVariant> variants) =>
        string.Join(", ", variants.Select(v => string.Create(CultureInfo.InvariantCulture, $"{MediaUrls.Variant(image.Sha256, v.Width, v.Format)} {v.Width}w")));

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
