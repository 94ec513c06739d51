namespace PolicyLibrary.Media;

/// <summary>An accepted image: the clean re-encoded master and its resized variants, none carrying metadata.</summary>
public sealed record ProcessedImage(byte[] Master, string Extension, string ContentType, int Width, int Height, IReadOnlyList<EncodedVariant> Variants);
