using System.Security.Cryptography;

namespace PolicyLibrary.Media;

/// <summary>Stores files as <c>{root}/{ab}/{abcdef…}</c> by SHA-256.</summary>
public sealed class FileSystemMediaStore(string root) : IMediaStore
{
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, $".upload-{Guid.NewGuid():N}");
        string hash;
        try
        {
            await using var file = File.Create(temp);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken); // a full disk fails here, before the name is given
            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        catch
        {
            // A full disk or a cancelled upload leaves no partial file behind.
            File.Delete(temp);
            throw;
        }

        var target = PathOf(hash);
        if (File.Exists(target))
        {
            File.Delete(temp);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temp, target);
        }

        return hash;
    }

    public Stream? OpenRead(string sha256)
    {
        if (!IsHash(sha256))
        {
            return null;
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string sha256)
    {
        if (IsHash(sha256) && File.Exists(PathOf(sha256)))
        {
            File.Delete(PathOf(sha256));
        }
    }

    public static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);

    private string PathOf(string hash) => Path.Combine(root, hash[..2], hash);
}
