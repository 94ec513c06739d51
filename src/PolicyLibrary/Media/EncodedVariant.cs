namespace PolicyLibrary.Media;

/// <summary>One resized copy before it is stored.</summary>
public sealed record EncodedVariant(int Width, int Height, string Format, byte[] Bytes);
