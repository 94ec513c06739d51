namespace PolicyLibrary.Media;

/// <summary>A resized, re-encoded copy of an image (e.g. 960 px wide WebP), itself stored by hash.</summary>
public class MediaVariant
{
    public int Id { get; set; }
    public int MediaFileId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary><c>webp</c> or <c>jpg</c>: the extension in the URL.</summary>
    public required string Format { get; set; }
    public required string Sha256 { get; set; }
    public long Length { get; set; }

    public string ContentType => Format == "webp" ? "image/webp" : "image/jpeg";
}
