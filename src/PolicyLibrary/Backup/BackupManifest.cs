namespace PolicyLibrary.Backup;

/// <summary>
/// What a backup file holds, written into it as <c>manifest.json</c>: the format, when and from which database it was
/// taken, and every other entry with its size and SHA-256, so a restore can prove the file whole before it uses it.
/// </summary>
public sealed record BackupManifest(
    string Format, int Version, DateTime CreatedAtUtc, string Provider, string Schema, IReadOnlyList<BackupEntry> Entries)
{
    public const string FormatName = "policylibrary-backup";
    public const int CurrentVersion = 1;
    public const string FileName = "manifest.json";

    /// <summary>The database copy inside the file.</summary>
    public const string DatabaseEntry = "database/library.db";
}
