using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Media;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

/// <summary>
/// The data folder on a small tmpfs under a running site, filled to the last byte, then with its media folder made
/// read-only: uploads and saves answer 507 with the Chinese reason (never a bare 500), leave nothing behind, and the public site keeps
/// serving. On PostgreSQL the database is elsewhere, so there the data folder's media are what runs out.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class FullDiskTests
{
    private static readonly string[] PublicPages = ["/", "/documents", "/interpretations", "/documents/disclosure-notice-2016-66", "/search?q=公开"];

    [SmallMountFact]
    public async Task UploadsAndSaves_ShouldFailCleanly_AndReadingGoOn_WhenTheDataFolderIsFullOrReadOnly()
    {
        using var mount = new SmallMount(megabytes: 96);
        using var database = new TemporaryDatabase(mount.Folder, "policylibrary.db");
        var settings = SiteSettings.For(database);
        if (!TestProvider.IsPostgreSql)
        {
            // The site's own connection string (pooled, as in production): the test's unpooled one would let the last
            // close remove the WAL, and a full disk could not make it again even to read.
            settings.Remove("ConnectionStrings:PolicyLibrary");
        }

        await File.WriteAllTextAsync(Path.Combine(mount.Path, "staff.csv"),
            $"用户名,姓名,邮箱,单位代码,角色,初始密码\ndisk-drafter,王起草,disk@test.example,gov-office,起草人,{SignedInClients.StaffPassword}\n");
        await using var site = await SiteProcess.StartAsync(mount.Path, settings);
        await SiteProcess.RunAsync(mount.Path, settings, "import-users", Path.Combine(mount.Path, "staff.csv"));
        using var drafter = await SignedInClients.SignedInAsync(site.Address, "disk-drafter", SignedInClients.StaffPassword);
        using var reader = new HttpClient { BaseAddress = site.Address };
        foreach (var page in PublicPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page)).StatusCode);
        }

        var options = TestProvider.Options(database.ConnectionString);
        var (mediaRows, documents) = await CountsAsync(options);

        mount.Fill();
        await RefusedOrSavedAsync(drafter, options, mediaRows, documents, mount.Path, "full");
        await AssertPublicPagesServeAsync(reader);

        mount.Free();
        using (mount.ReadOnly("media"))
        {
            (mediaRows, documents) = await CountsAsync(options);
            await RefusedOrSavedAsync(drafter, options, mediaRows, documents, mount.Path, "read-only");
            await AssertPublicPagesServeAsync(reader);
        }

        // Space again, writable again: the same site takes the upload, without a restart.
        using var upload = await MediaSite.UploadAsync(drafter, ("恢复后.png", TestFiles.Png(40, 30)));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(mediaRows + 1, (await CountsAsync(options)).MediaRows);
    }

    /// <summary>
    /// An upload and a new document: each either refused with 507 and the Chinese reason, writing nothing, or (a
    /// database that still had room in its own pages) saved whole.
    /// </summary>
    private static async Task RefusedOrSavedAsync(HttpClient drafter, Microsoft.EntityFrameworkCore.DbContextOptions<PolicyLibraryDbContext> options,
        int mediaRows, int documents, string dataPath, string state)
    {
        using var upload = await MediaSite.UploadAsync(drafter, ($"{state}.png", TestFiles.NoisePng(300, 200)));
        var uploadBody = await upload.Content.ReadAsStringAsync();
        Assert.True(upload.StatusCode == HttpStatusCode.InsufficientStorage, $"upload on a {state} disk answered {(int)upload.StatusCode}");
        Assert.Contains("存储空间已满或数据目录只读", uploadBody, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(dataPath, "media"), ".upload-*", SearchOption.AllDirectories));

        using var save = await drafter.PostFormAsync("/manager/documents/new", "/manager/documents/new", ManagerSite.Fields(new DocumentInput
        {
            Title = $"下陆区人民政府办公室关于磁盘{state}时保存的通知",
            IndexNumber = $"011043070/2026-{(state == "full" ? 98001 : 98002)}",
            IssuingOrgan = "下陆区人民政府办公室",
            DrafterName = "王起草",
            CategoryCode = "policy",
            Kind = DocumentKind.Other,
            WrittenOn = new DateOnly(2026, 12, 1),
            BodyMarkdown = "磁盘已满时的保存。",
        }, Guid.Empty));
        var (mediaAfter, documentsAfter) = await CountsAsync(options);
        Assert.Equal(mediaRows, mediaAfter);
        if (save.StatusCode == HttpStatusCode.InsufficientStorage)
        {
            Assert.Contains("存储空间已满或数据目录只读", await save.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(documents, documentsAfter);
        }
        else
        {
            Assert.True(save.StatusCode == HttpStatusCode.Redirect, $"saving on a {state} disk answered {(int)save.StatusCode}");
            Assert.Equal(documents + 1, documentsAfter);
        }
    }

    private static async Task AssertPublicPagesServeAsync(HttpClient reader)
    {
        foreach (var page in PublicPages)
        {
            using var response = await reader.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
        }
    }

    private static async Task<(int MediaRows, int Documents)> CountsAsync(Microsoft.EntityFrameworkCore.DbContextOptions<PolicyLibraryDbContext> options)
    {
        await using var db = new PolicyLibraryDbContext(options);
        return (await db.MediaFiles.CountAsync(), await db.Documents.CountAsync());
    }
}
