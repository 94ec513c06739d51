namespace PolicyLibrary.Media;

public enum MediaKind
{
    Image,
    Attachment,

    /// <summary>MP3 or M4A, played by <c>&lt;audio controls&gt;</c>.</summary>
    Audio,

    /// <summary>MP4, played by <c>&lt;video controls&gt;</c>.</summary>
    Video,

    /// <summary>A WebVTT file: the captions track of an audio or video file, and its transcript.</summary>
    Captions,
}
