namespace PolicyLibrary.Search;

/// <summary>
/// One word a reader typed, as its segments: runs of Han characters and lower-case Latin words or numbers, in order
/// (住房abc → 住房, abc). Only letters, digits and Han characters are ever in a segment, so no query syntax is.
/// </summary>
public sealed record SearchTerm(IReadOnlyList<string> Segments);
