namespace PolicyLibrary.Media;

/// <summary>A stored file, addressed by the SHA-256 of its bytes so the same file is kept once.</summary>
public class MediaFile
{
    public int Id { get; set; }

    /// <summary>The name content refers to, e.g. <c>media/plan-2016-tujie-1.png</c> → <c>plan-2016-tujie-1.png</c>.</summary>
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public MediaKind Kind { get; set; }

    /// <summary>The uploader's file name made safe for display and downloads (no path, no control characters).</summary>
    public string OriginalName { get; set; } = "";

    /// <summary>What the image shows, for readers who cannot see it; required for images.</summary>
    public string AltText { get; set; } = "";
    public string Caption { get; set; } = "";
    public int? Width { get; set; }
    public int? Height { get; set; }
    public string? UploadedById { get; set; }
    public string UploadedByName { get; set; } = "";

    /// <summary>An audio or video file's captions (a <see cref="MediaKind.Captions"/> file), also offered as its transcript.</summary>
    public int? CaptionsId { get; set; }
    public MediaFile? Captions { get; set; }

    public List<MediaVariant> Variants { get; set; } = [];
    public List<MediaUsage> Usages { get; set; } = [];
}
