namespace PolicyLibrary.Media;

/// <summary>Where the site serves stored files. Variant URLs carry the content hash, so they never change meaning.</summary>
public static class MediaUrls
{
    public static string Original(string fileName) => "/media/" + Uri.EscapeDataString(fileName);

    public static string Variant(string sha256, int width, string format) => $"/media/{sha256}/{width}.{format}";
}
