using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Media;

/// <summary>The site with 1 MB upload limits, a drafter, a reviewer and a staff member signed in, and upload helpers.</summary>
public sealed class MediaSite : IAsyncLifetime
{
    public SiteFactory Site { get; } = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["PolicyLibrary:Media:MaxImageBytes"] = HostileUploads.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PolicyLibrary:Media:MaxAttachmentBytes"] = HostileUploads.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PolicyLibrary:Media:MaxAudioVideoBytes"] = HostileUploads.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    public HttpClient Drafter { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public HttpClient Reviewer { get; private set; } = null!;

    public string StoreFolder => Path.Combine(Site.DataPath, "media");

    public async Task InitializeAsync()
    {
        await Site.EnsureUserAsync("media-drafter", "gov-office", Roles.Drafter);
        await Site.EnsureUserAsync("media-staff", "gov-office", Roles.Staff);
        await Site.EnsureUserAsync("media-reviewer", "legal-affairs", Roles.Reviewer);
        Drafter = await Site.SignedInAsync("media-drafter", SignedInClients.StaffPassword);
        Staff = await Site.SignedInAsync("media-staff", SignedInClients.StaffPassword);
        Reviewer = await Site.SignedInAsync("media-reviewer", SignedInClients.StaffPassword);
    }

    public Task DisposeAsync()
    {
        Drafter.Dispose();
        Staff.Dispose();
        Reviewer.Dispose();
        Site.Dispose();
        return Task.CompletedTask;
    }

    public int StoredFileCount() =>
        Directory.Exists(StoreFolder) ? Directory.GetFiles(StoreFolder, "*", SearchOption.AllDirectories).Length : 0;

    public Task<int> MediaRowCountAsync() => Site.WithDbAsync(db => db.MediaFiles.CountAsync());

    /// <summary>
    /// Posts files to the library as a browser does, the multipart body written by hand so that any file name —
    /// NUL, RTL override, 300 characters — reaches the server as sent.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var token = await client.TokenAsync("/manager/media", "/manager/media");
        const string boundary = "----media-test-boundary-7d1f";
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n");
        foreach (var (name, content) in files)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name.Replace("\"", "%22", StringComparison.Ordinal)}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.Write(content);
            Write("\r\n");
        }

        Write($"--{boundary}--\r\n");
        var request = new ByteArrayContent(body.ToArray());
        request.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return await client.PostAsync(new Uri("/manager/media", UriKind.Relative), request);
    }

    /// <summary>Uploads one file that must be accepted, and returns its id and content name.</summary>
    public async Task<(int Id, string FileName)> UploadAcceptedAsync(string name, byte[] content)
    {
        using var response = await UploadAsync(Drafter, (name, content));
        var page = await response.HtmlAsync();
        Assert.True(response.IsSuccessStatusCode, page.QuerySelector(".upload-results")?.TextContent);
        var link = page.QuerySelector(".upload-results li.accepted a")!.GetAttribute("href")!;
        var id = int.Parse(link["/manager/media/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var fileName = await Site.WithDbAsync(db => db.MediaFiles.Where(m => m.Id == id).Select(m => m.FileName).SingleAsync());
        return (id, fileName);
    }
}
