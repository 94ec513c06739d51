namespace PolicyLibrary.Media;

/// <summary>What became of one uploaded file: stored (or already in the library), or refused with a Chinese reason.</summary>
public sealed record UploadResult(string Name, MediaFile? File, string? Problem, bool AlreadyStored = false)
{
    public bool Accepted => File is not null;

    public static UploadResult Refused(string name, string problem) => new(name, null, problem);
}
