namespace PolicyLibrary.Media;

/// <summary>
/// One image of a 图解, as the API carries it: the default URL (JPEG about 960 px, or the original), its size,
/// alt text and caption, and every variant for clients that pick their own.
/// </summary>
public sealed record Figure(int Number, string Url, int? Width, int? Height, string AltText, string Caption, IReadOnlyList<FigureSource> Sources);
