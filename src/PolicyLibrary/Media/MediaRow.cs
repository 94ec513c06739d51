namespace PolicyLibrary.Media;

/// <summary>One file as the manager's library lists it.</summary>
public sealed record MediaRow(
    int Id, string FileName, string OriginalName, MediaKind Kind, string ContentType, long Length, int? Width, int? Height,
    string AltText, string Caption, string UploadedByName, DateTime CreatedAtUtc, int Uses, string Sha256, int? ThumbnailWidth, int? PreviewWidth, int? CaptionsId = null)
{
    /// <summary>
    /// What an editor pastes into a body: an image with its alt text (the page takes the caption from the library, so
    /// a later change of it shows everywhere), or a download link.
    /// </summary>
    public string Snippet => Kind is MediaKind.Image or MediaKind.Audio or MediaKind.Video
        ? $"![{(AltText.Length > 0 ? AltText : Kind == MediaKind.Image ? "请填写图片内容" : "请填写音视频内容")}]({Content.MarkdownRenderer.MediaPrefix}{FileName})"
        : $"[{OriginalName}]({Content.MarkdownRenderer.MediaPrefix}{FileName})";

    public string? ThumbnailUrl => ThumbnailWidth is { } w ? MediaUrls.Variant(Sha256, w, "jpg") : null;

    public string PreviewUrl => PreviewWidth is { } w ? MediaUrls.Variant(Sha256, w, "jpg") : MediaUrls.Original(FileName);
}
