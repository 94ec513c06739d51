namespace PolicyLibrary.E2E.Quality;

/// <summary>The HTML the server sends for every public page is valid by the W3C Nu checker (vnu-jar), in one JVM run.</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site) : SiteTest(site), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylibrary-vnu-").FullName;

    [Fact]
    public async Task EveryPublicPage_ShouldHaveNoValidatorErrors_WhenServedAsHtml()
    {
        // The bytes as served (not the DOM after script), in both colour schemes: the switches render different markup.
        using var http = new HttpClient { BaseAddress = Site.BaseUri };
        foreach (var page in PublicPages.All)
        {
            foreach (var eyeCare in new[] { false, true })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
                if (eyeCare)
                {
                    request.Headers.Add("Cookie", "pl-eyecare=on; pl-font=large");
                }

                using var response = await http.SendAsync(request);
                Assert.Equal(page.Status, (int)response.StatusCode);
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                var html = await response.Content.ReadAsByteArrayAsync();
                await File.WriteAllBytesAsync(Path.Combine(_folder, $"{page.Name}{(eyeCare ? "-eye-care" : "")}.html"), html);
            }
        }

        // A page known to be invalid proves the checker really looked at the folder.
        await File.WriteAllTextAsync(Path.Combine(_folder, "canary.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><title>x</title><p id=a></p><p id=a></p>");

        var errors = await HtmlValidator.ErrorsAsync(Site, _folder);

        Assert.Contains(errors, e => e.StartsWith("canary.html:", StringComparison.Ordinal));
        var real = errors.Where(e => !e.StartsWith("canary.html:", StringComparison.Ordinal)).ToList();
        Assert.True(real.Count == 0, $"The Nu HTML checker found {real.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, real)}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
