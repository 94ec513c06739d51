namespace PolicyLibrary.Media;

/// <summary>A variant of a figure: URL, pixel size and MIME type.</summary>
public sealed record FigureSource(string Url, int Width, int Height, string ContentType);
