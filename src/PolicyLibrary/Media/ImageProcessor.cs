using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace PolicyLibrary.Media;

/// <summary>
/// Every image is identified from its header first (size and pixel count checked before a single pixel is decoded),
/// then decoded, turned upright, stripped of all metadata (EXIF with GPS, ICC, IPTC, XMP, PNG text) and re-encoded,
/// so what is served is pixels we wrote, never the uploader's bytes. Variants are 320/960/1920 px wide, never upscaled,
/// in WebP and JPEG. The master stays PNG for PNG/GIF sources and anything with transparency (diagrams keep crisp
/// text and their alpha); photos become JPEG. JPEG variants are flattened onto white, the page's background.
/// </summary>
public sealed class ImageProcessor(MediaOptions options)
{
    private static readonly Configuration Formats = new(
        new PngConfigurationModule(), new JpegConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule());

    /// <summary>The processed image, or the Chinese reason it is refused.</summary>
    public (ProcessedImage? Image, string? Problem) Process(byte[] bytes, string extension)
    {
        try
        {
            return ProcessChecked(bytes, extension);
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidDataException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return (null, "图片已损坏或不完整，无法解码，请重新导出后上传。");
        }
    }

    private (ProcessedImage?, string?) ProcessChecked(byte[] bytes, string extension)
    {
        var info = Image.Identify(Formats, new MemoryStream(bytes, writable: false), out var format);
        if (info is null || format is null)
        {
            return (null, "文件内容不是受支持的图片（PNG、JPEG、WebP、GIF）。");
        }

        if (!Agrees(format, extension))
        {
            return (null, $"文件扩展名为 {extension}，但内容是 {format.Name} 图片，请改正扩展名后上传。");
        }

        if (info.Width <= 0 || info.Height <= 0 || info.Width > options.MaxSide || info.Height > options.MaxSide
            || (long)info.Width * info.Height > options.MaxPixels)
        {
            return (null, $"图片尺寸过大（{info.Width}×{info.Height} 像素），上限为 {options.MaxPixels / 1_000_000} 百万像素、每边 {options.MaxSide} 像素。");
        }

        if (format is WebpFormat && bytes.AsSpan().IndexOf("ANIM"u8) is >= 12 and < 64)
        {
            return (null, "不接受动画 WebP 图片，请上传静态图片。");
        }

        if (TruncationProblem(bytes, format) is { } truncated)
        {
            return (null, truncated);
        }

        using var image = Image.Load<Rgba32>(Formats, new MemoryStream(bytes, writable: false), DecoderFor(format));
        image.Mutate(x => x.AutoOrient());
        Strip(image);
        var transparent = HasTransparency(image);
        var asPng = format is PngFormat or GifFormat || transparent;
        var master = Encode(image, asPng ? "png" : "jpg");
        var variants = new List<EncodedVariant>();
        foreach (var width in WidthsFor(image.Width))
        {
            using var resized = width == image.Width ? image.Clone() : image.Clone(x => x.Resize(width, 0));
            variants.Add(new EncodedVariant(resized.Width, resized.Height, "webp", Encode(resized, "webp")));
            resized.Mutate(x => x.BackgroundColor(Color.White));
            variants.Add(new EncodedVariant(resized.Width, resized.Height, "jpg", Encode(resized, "jpg")));
        }

        return (new ProcessedImage(master, asPng ? ".png" : ".jpg", asPng ? "image/png" : "image/jpeg", image.Width, image.Height, variants), null);
    }

    /// <summary>The configured widths narrower than the image, plus the image's own width when it is below the largest.</summary>
    public IReadOnlyList<int> WidthsFor(int width)
    {
        var widths = options.Widths.Where(w => w > 0 && w < width).Distinct().Order().ToList();
        if (width <= options.Widths.Max())
        {
            widths.Add(width);
        }

        return widths;
    }

    private byte[] Encode(Image<Rgba32> image, string format)
    {
        using var output = new MemoryStream();
        IImageEncoder encoder = format switch
        {
            "png" => new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression },
            "webp" => new WebpEncoder { Quality = options.WebpQuality },
            _ => new JpegEncoder { Quality = options.JpegQuality },
        };
        image.Save(output, encoder);
        return output.ToArray();
    }

    private static IImageDecoder DecoderFor(IImageFormat format) => format switch
    {
        // Only the first frame: an animation of a thousand full frames is another way to exhaust memory.
        GifFormat => new GifDecoder { DecodingMode = FrameDecodingMode.First },
        WebpFormat => new WebpDecoder(),
        PngFormat => new PngDecoder(),
        _ => new JpegDecoder(),
    };

    private static bool Agrees(IImageFormat format, string extension) => (format, extension) switch
    {
        (PngFormat, ".png") or (JpegFormat, ".jpg" or ".jpeg") or (GifFormat, ".gif") or (WebpFormat, ".webp") => true,
        _ => false,
    };

    /// <summary>Decoders fill a cut-off image with grey; the format's end marker must be the last thing in the file.</summary>
    private static string? TruncationProblem(byte[] bytes, IImageFormat format)
    {
        var span = bytes.AsSpan();
        var complete = format switch
        {
            PngFormat => span.EndsWith((ReadOnlySpan<byte>)[0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]),
            JpegFormat => span.TrimEnd((byte)0).EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]),
            GifFormat => span.EndsWith((ReadOnlySpan<byte>)[0x3B]),
            _ => span.Length >= 12 && BitConverter.ToUInt32(span[4..8]) + 8L is var size && (size == span.Length || size + 1 == span.Length),
        };
        return complete ? null : "图片不完整，或在图片数据之后附加了其他内容，请重新导出后上传。";
    }

    private static void Strip(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        image.Metadata.GetGifMetadata().Comments.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
        }
    }

    private static bool HasTransparency(Image<Rgba32> image)
    {
        var found = false;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && !found; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    if (pixel.A != 255)
                    {
                        found = true;
                        break;
                    }
                }
            }
        });
        return found;
    }
}
