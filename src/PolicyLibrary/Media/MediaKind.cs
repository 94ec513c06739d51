namespace PolicyLibrary.Media;

public enum MediaKind
{
    Image,
    Attachment,
}
