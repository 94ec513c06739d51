namespace PolicyLibrary.Media;

/// <summary>Where file bytes live. The default is the data folder; a shared store can replace it for several nodes.</summary>
public interface IMediaStore
{
    /// <summary>Stores the bytes (once per content) and returns their lower-case hex SHA-256.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens the stored bytes, or null when nothing is stored under that hash.</summary>
    Stream? OpenRead(string sha256);

    /// <summary>Forgets the bytes; callers make sure nothing else refers to the hash.</summary>
    void Delete(string sha256);
}
