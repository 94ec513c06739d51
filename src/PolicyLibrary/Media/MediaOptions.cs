namespace PolicyLibrary.Media;

/// <summary>Upload limits, from <c>PolicyLibrary:Media</c> in configuration.</summary>
public sealed class MediaOptions
{
    public const string Section = "PolicyLibrary:Media";

    public long MaxImageBytes { get; set; } = 20 * 1024 * 1024;
    public long MaxAttachmentBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>MP4, MP3 and M4A: recordings of a 解读 are larger than documents.</summary>
    public long MaxAudioVideoBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>Width × height read from the header before decoding: a decompression bomb is refused unopened.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Neither side may exceed this, whatever the pixel count (a 1 × 10⁶ strip is refused too).</summary>
    public int MaxSide { get; set; } = 12_000;

    /// <summary>Empty means the default 320, 960, 1920 (configuration binding appends to a non-empty default array).</summary>
    public int[] VariantWidths { get; set; } = [];

    public IReadOnlyList<int> Widths => VariantWidths.Length > 0 ? VariantWidths : [320, 960, 1920];
    public int JpegQuality { get; set; } = 82;
    public int WebpQuality { get; set; } = 80;
    public int MaxFilesPerUpload { get; set; } = 20;

    public long MaxBytesOf(string extension) =>
        MediaTypes.IsImage(extension) ? MaxImageBytes : MediaTypes.IsAudioOrVideo(extension) ? MaxAudioVideoBytes : MaxAttachmentBytes;
}
