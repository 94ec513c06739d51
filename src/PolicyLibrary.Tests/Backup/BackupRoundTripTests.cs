using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

/// <summary>
/// The commands as an operator runs them, on the provider under test: a backup of a running site, restored into an empty
/// data folder and an empty database (SQLite's online backup, or pg_dump / pg_restore).
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class BackupRoundTripTests
{
    [Fact]
    public async Task Restore_ShouldBringBackTheWholeSite_FromABackupTakenWhileItRan()
    {
        using var original = new TempFolder();
        using var restored = new TempFolder();
        using var work = new TempFolder();
        using var originalDatabase = new TemporaryDatabase(original, "policylibrary.db");
        using var restoredDatabase = new TemporaryDatabase(restored, "policylibrary.db");
        var originalSettings = SiteSettings.For(originalDatabase);
        var restoredSettings = SiteSettings.For(restoredDatabase);
        await using var running = await SiteProcess.StartAsync(original.Path, originalSettings);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = running.Address };
        using (var signIn = await http.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = SiteFactory.AdminPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        await SiteProcess.RunAsync(original.Path, originalSettings, "backup", work["site.zip"]);
        await SiteProcess.RunAsync(restored.Path, restoredSettings, "restore", work["site.zip"]);

        // A second restore would overwrite data now: refused without --force, allowed with it.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SiteProcess.RunAsync(restored.Path, restoredSettings, "restore", work["site.zip"]));
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);
        await SiteProcess.RunAsync(restored.Path, restoredSettings, "restore", work["site.zip"], "--force");
        await SiteProcess.RunAsync(restored.Path, restoredSettings, "check");

        await SiteProcess.RunAsync(original.Path, originalSettings, "export", work["original"]);
        await SiteProcess.RunAsync(restored.Path, restoredSettings, "export", work["restored"]);
        FolderComparison.AssertEqual(work["original"], work["restored"]);
        Assert.Equal(await CountsAsync(originalDatabase), await CountsAsync(restoredDatabase));

        await using var revived = await SiteProcess.StartAsync(restored.Path, restoredSettings);
        // The cookie the original site issued is good on the restored one: the Data Protection keys came along.
        using (var manager = await http.GetAsync(new Uri(revived.Address, "/manager/audit")))
        {
            Assert.Equal(HttpStatusCode.OK, manager.StatusCode);
        }

        var page = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri(revived.Address, "/interpretations/disclosure-notice-2016-66-tujie")));
        var image = page.QuerySelector("main img")?.GetAttribute("src") ?? throw new Xunit.Sdk.XunitException("no image on the page");
        using var media = await http.GetAsync(new Uri(revived.Address, image));
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.StartsWith("image/", media.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    /// <summary>What an export does not show: accounts, audit events, revisions, training records, media rows.</summary>
    private static async Task<string> CountsAsync(TemporaryDatabase database)
    {
        await using var db = new PolicyLibraryDbContext(TestProvider.Options(database.ConnectionString));
        return string.Join(",", await db.Users.CountAsync(), await db.AuditEvents.CountAsync(), await db.Revisions.CountAsync(),
            await db.Attendances.CountAsync(), await db.MediaFiles.CountAsync(), await db.MediaVariants.CountAsync());
    }
}
