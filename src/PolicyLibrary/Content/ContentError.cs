namespace PolicyLibrary.Content;

/// <summary>A problem with one content file, named by its path relative to the content folder.</summary>
public sealed record ContentError(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}
