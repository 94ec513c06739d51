using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Backup;
using PolicyLibrary.Data;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Backup;

/// <summary>
/// One file with everything a site needs to come back: the database (the provider's consistent copy), the stored media
/// and the Data Protection keys (in the database now; a <c>keys/</c> folder of older sites is kept and put back as well).
/// </summary>
public sealed class SiteBackup(IDatabaseCopy database, SitePaths paths, PolicyLibraryDbContext db, TimeProvider clock)
{
    private static readonly string[] Folders = ["media", "keys"];

    public async Task<BackupManifest> WriteAsync(string target, CancellationToken ct = default)
    {
        var work = Directory.CreateTempSubdirectory("policylibrary-backup-");
        try
        {
            // The database first: media are content-addressed and stored before the row that names them, so every
            // file a copied row names is on disk by the time the folders are read.
            var copy = Path.Combine(work.FullName, "library.db");
            await database.CopyToAsync(copy, ct);
            List<(string, string)> files = [(BackupManifest.DatabaseEntry, copy), .. Folders.SelectMany(FilesOf)];
            var schema = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() ?? "";
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            return await BackupArchive.WriteAsync(target, files, database.Provider, schema, clock.GetUtcNow().UtcDateTime, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Puts a backup back; null when done, else why not (nothing changed then).</summary>
    public async Task<string?> RestoreAsync(string file, bool overwrite, CancellationToken ct = default)
    {
        var (manifest, problem) = await BackupArchive.VerifyAsync(file, ct);
        if (manifest is null)
        {
            return problem;
        }

        if (manifest.Provider != database.Provider)
        {
            return $"该备份取自 {manifest.Provider} 数据库，当前配置的是 {database.Provider}，不能直接恢复。";
        }

        if (!overwrite && await HoldsDataAsync(ct) is { } holding)
        {
            return $"当前数据库已有数据（{holding}）。恢复将覆盖这些数据：确认无误后，加 --force 再运行。";
        }

        var work = Directory.CreateTempSubdirectory("policylibrary-restore-");
        try
        {
            await BackupArchive.ExtractAsync(file, "database/", work.FullName, ct);
            var copy = Path.Combine(work.FullName, Path.GetFileName(BackupManifest.DatabaseEntry));
            if (await database.CheckAsync(copy, ct) is [var first, ..])
            {
                return $"备份中的数据库未通过完整性检查：{first}";
            }

            await database.RestoreFromAsync(copy, ct);
            foreach (var folder in Folders)
            {
                await BackupArchive.ExtractAsync(file, folder + "/", PathOf(folder), ct);
            }

            return null;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private IEnumerable<(string, string)> FilesOf(string folder)
    {
        var root = PathOf(folder);
        return !Directory.Exists(root) ? []
            : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith(".upload-", StringComparison.Ordinal)) // an upload under way
                .Order(StringComparer.Ordinal)
                .Select(f => ($"{folder}/{Path.GetRelativePath(root, f).Replace('\\', '/')}", f));
    }

    private string PathOf(string folder) => folder == "media" ? paths.MediaPath : Path.Combine(paths.DataPath, folder);

    private async Task<string?> HoldsDataAsync(CancellationToken ct)
    {
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return null;
        }

        var (documents, users) = (await db.Documents.CountAsync(ct), await db.Users.CountAsync(ct));
        return documents + users == 0 ? null : $"{documents} 份文件、{users} 个账号";
    }
}
