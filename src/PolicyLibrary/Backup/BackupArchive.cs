using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace PolicyLibrary.Backup;

/// <summary>
/// The backup file: a ZIP of the database copy, the stored media and the Data Protection keys, with a manifest of
/// checksums. Written to a temporary name and renamed when complete, so a backup that failed half-way never looks whole.
/// </summary>
public static class BackupArchive
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes <paramref name="files"/> (archive path → file on disk) and the manifest to <paramref name="target"/>.</summary>
    public static async Task<BackupManifest> WriteAsync(
        string target, IReadOnlyList<(string Path, string Source)> files, string provider, string schema, DateTime nowUtc, CancellationToken ct = default)
    {
        var temporary = target + ".partial";
        var entries = new List<BackupEntry>();
        try
        {
            await using (var stream = File.Create(temporary))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var (path, source) in files)
                {
                    var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
                    await using var input = File.OpenRead(source);
                    await using var output = entry.Open();
                    var (size, sha) = await CopyAsync(input, output, ct);
                    entries.Add(new BackupEntry(path, size, sha));
                }

                var manifest = new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentVersion, nowUtc, provider, schema, entries);
                await using var manifestStream = zip.CreateEntry(BackupManifest.FileName, CompressionLevel.Fastest).Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, ct);
            }

            File.Move(temporary, target, overwrite: true);
            return new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentVersion, nowUtc, provider, schema, entries);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Opens a backup and checks it whole: a ZIP, our manifest in a version we read, every entry listed and present with
    /// its size and checksum, nothing unlisted. Returns the manifest, or the reason in Chinese.
    /// </summary>
    public static async Task<(BackupManifest? Manifest, string? Problem)> VerifyAsync(string file, CancellationToken ct = default)
    {
        if (!File.Exists(file))
        {
            return (null, $"备份文件 {file} 不存在。");
        }

        try
        {
            using var zip = ZipFile.OpenRead(file);
            if (zip.GetEntry(BackupManifest.FileName) is not { } manifestEntry)
            {
                return (null, "这不是 PolicyLibrary 的备份文件（缺少 manifest.json）。");
            }

            BackupManifest? manifest;
            await using (var stream = manifestEntry.Open())
            {
                manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct);
            }

            if (manifest is null || manifest.Format != BackupManifest.FormatName || manifest.Entries is null)
            {
                return (null, "这不是 PolicyLibrary 的备份文件（清单格式不符）。");
            }

            if (manifest.Version > BackupManifest.CurrentVersion)
            {
                return (null, $"备份文件的格式版本 {manifest.Version} 比本程序能读取的 {BackupManifest.CurrentVersion} 新，请先升级程序。");
            }

            if (manifest.Entries.All(e => e.Path != BackupManifest.DatabaseEntry))
            {
                return (null, "备份文件中没有数据库副本。");
            }

            var listed = manifest.Entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            if (zip.Entries.FirstOrDefault(e => e.FullName != BackupManifest.FileName && !listed.Contains(e.FullName)) is { } stray)
            {
                return (null, $"备份文件中有清单未列出的文件 {stray.FullName}，可能已被改动。");
            }

            foreach (var expected in manifest.Entries)
            {
                if (!IsSafe(expected.Path) || zip.GetEntry(expected.Path) is not { } entry)
                {
                    return (null, $"备份文件不完整：缺少 {expected.Path}。");
                }

                await using var stream = entry.Open();
                var (size, sha) = await CopyAsync(stream, null, ct);
                if (size != expected.Size || sha != expected.Sha256)
                {
                    return (null, $"备份文件已损坏：{expected.Path} 的校验值不符。");
                }
            }

            return (manifest, null);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException)
        {
            return (null, "备份文件已损坏或被截断，无法读取。");
        }
    }

    /// <summary>Extracts the entries under <paramref name="prefix"/> (e.g. <c>media/</c>) into <paramref name="folder"/>; call after <see cref="VerifyAsync"/>.</summary>
    public static async Task ExtractAsync(string file, string prefix, string folder, CancellationToken ct = default)
    {
        using var zip = ZipFile.OpenRead(file);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && IsSafe(e.FullName)))
        {
            var target = Path.Combine(folder, entry.FullName[prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var input = entry.Open();
            await using var output = File.Create(target);
            await input.CopyToAsync(output, ct);
        }
    }

    /// <summary>Relative, forward-slash paths only: nothing in a backup may write outside the folder it is restored to.</summary>
    private static bool IsSafe(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal)
        && path.Split('/').All(part => part is not ("" or "." or ".."));

    /// <summary>Reads <paramref name="input"/> to its end, into <paramref name="output"/> if given; returns its size and SHA-256.</summary>
    private static async Task<(long Size, string Sha256)> CopyAsync(Stream input, Stream? output, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            if (output is not null)
            {
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            size += read;
        }

        return (size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
