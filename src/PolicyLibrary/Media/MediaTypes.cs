namespace PolicyLibrary.Media;

/// <summary>The file types the library accepts, by extension; the content must agree (<see cref="AttachmentCheck"/>, <see cref="ImageProcessor"/>).</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".mp4"] = "video/mp4",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
        [".vtt"] = "text/vtt",
    };

    public static string Of(string fileName) =>
        Known.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");

    public static bool IsAccepted(string extension) => Known.ContainsKey(extension);

    public static bool IsImage(string extension) =>
        extension.ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp" or ".gif";

    public static bool IsAudioOrVideo(string extension) => extension.ToLowerInvariant() is ".mp4" or ".mp3" or ".m4a";

    /// <summary>The kind a file of this (accepted) extension is stored as.</summary>
    public static MediaKind KindOf(string extension) => extension.ToLowerInvariant() switch
    {
        ".mp4" => MediaKind.Video,
        ".mp3" or ".m4a" => MediaKind.Audio,
        ".vtt" => MediaKind.Captions,
        var e when IsImage(e) => MediaKind.Image,
        _ => MediaKind.Attachment,
    };

    /// <summary>What the upload form's <c>accept</c> attribute lists.</summary>
    public static string AcceptList => string.Join(',', Known.Keys);
}
