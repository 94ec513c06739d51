namespace PolicyLibrary.Backup;

/// <summary>One file in a backup: its path inside the archive (<c>database/…</c>, <c>media/…</c>, <c>keys/…</c>), size and lower-case hex SHA-256.</summary>
public sealed record BackupEntry(string Path, long Size, string Sha256);
