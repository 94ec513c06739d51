using System.IO.Compression;
using PolicyLibrary.Backup;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

public sealed class BackupArchiveTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Verify_ShouldAcceptWhatWasWritten_WithEveryChecksum()
    {
        var file = await WriteAsync();

        var (manifest, problem) = await BackupArchive.VerifyAsync(file);

        Assert.Null(problem);
        Assert.Equal(["database/library.db", "media/ab/abcd", "keys/key-1.xml"], manifest!.Entries.Select(e => e.Path));
        Assert.Equal(("Sqlite", "20261127002406_CoveringIndexes"), (manifest.Provider, manifest.Schema));
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public async Task Verify_ShouldRefuseATruncatedFile()
    {
        var file = await WriteAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        Assert.Contains("损坏或被截断", (await BackupArchive.VerifyAsync(file)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ShouldRefuseAnEntryWhoseBytesChanged()
    {
        var file = await WriteAsync();
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Update))
        {
            zip.GetEntry("media/ab/abcd")!.Delete();
            await using var stream = zip.CreateEntry("media/ab/abcd").Open();
            await stream.WriteAsync("tampered"u8.ToArray());
        }

        Assert.Contains("media/ab/abcd 的校验值不符", (await BackupArchive.VerifyAsync(file)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ShouldRefuseAForeignZip_AndAFileThatIsNoZip_AndUnlistedEntries()
    {
        var foreign = _folder["foreign.zip"];
        using (var zip = ZipFile.Open(foreign, ZipArchiveMode.Create))
        {
            await using var stream = zip.CreateEntry("readme.txt").Open();
            await stream.WriteAsync("hello"u8.ToArray());
        }

        await File.WriteAllTextAsync(_folder["text.zip"], "not a zip at all");
        var extra = await WriteAsync();
        using (var zip = ZipFile.Open(extra, ZipArchiveMode.Update))
        {
            await using var stream = zip.CreateEntry("../../etc/cron.d/x").Open();
            await stream.WriteAsync("x"u8.ToArray());
        }

        Assert.Contains("缺少 manifest.json", (await BackupArchive.VerifyAsync(foreign)).Problem, StringComparison.Ordinal);
        Assert.Contains("损坏或被截断", (await BackupArchive.VerifyAsync(_folder["text.zip"])).Problem, StringComparison.Ordinal);
        Assert.Contains("清单未列出", (await BackupArchive.VerifyAsync(extra)).Problem, StringComparison.Ordinal);
        Assert.Contains("不存在", (await BackupArchive.VerifyAsync(_folder["missing.zip"])).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ShouldWriteOnlyInsideTheTargetFolder()
    {
        var file = await WriteAsync();

        await BackupArchive.ExtractAsync(file, "media/", _folder["restored"]);

        Assert.Equal("image bytes", await File.ReadAllTextAsync(_folder["restored/ab/abcd"]));
        Assert.Single(Directory.EnumerateFiles(_folder["restored"], "*", SearchOption.AllDirectories));
    }

    private async Task<string> WriteAsync()
    {
        Directory.CreateDirectory(_folder["in"]);
        await File.WriteAllTextAsync(_folder["in/db"], "database bytes");
        await File.WriteAllTextAsync(_folder["in/media"], "image bytes");
        await File.WriteAllTextAsync(_folder["in/key"], "<key/>");
        var file = _folder[$"backup-{Guid.NewGuid():N}.zip"];
        await BackupArchive.WriteAsync(file,
            [("database/library.db", _folder["in/db"]), ("media/ab/abcd", _folder["in/media"]), ("keys/key-1.xml", _folder["in/key"])],
            "Sqlite", "20261127002406_CoveringIndexes", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        return file;
    }
}
