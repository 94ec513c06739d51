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
}
