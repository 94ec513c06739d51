namespace PolicyLibrary.Backup;

/// <summary>
/// What a database provider supplies for backups: a consistent copy of the live database, putting a copy back, and the
/// database's own integrity check. The rest of a backup (media, keys, the manifest) is the same on every provider.
/// </summary>
public interface IDatabaseCopy
{
    /// <summary>The provider's name, written into the manifest; a restore refuses a copy of another provider.</summary>
    string Provider { get; }

    /// <summary>Writes a consistent copy of the database, taken while the site may be writing, to <paramref name="file"/>.</summary>
    Task CopyToAsync(string file, CancellationToken ct = default);

    /// <summary>Replaces the configured database's content with the copy in <paramref name="file"/>.</summary>
    Task RestoreFromAsync(string file, CancellationToken ct = default);

    /// <summary>The integrity check of the configured database, or of the copy in <paramref name="file"/>: its problems, none when sound.</summary>
    Task<IReadOnlyList<string>> CheckAsync(string? file = null, CancellationToken ct = default);
}
