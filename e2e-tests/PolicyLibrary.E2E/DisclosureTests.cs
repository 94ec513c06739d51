namespace PolicyLibrary.E2E;

/// <summary>Only 主动公开, published documents reach the public site.</summary>
[Collection(SiteCollection.Name)]
public sealed class DisclosureTests(SiteFixture site) : SiteTest(site)
{
    [Fact]
    public async Task PublicPages_ShouldNotMentionNonPublicDocuments_WhenBrowsedPageByPage()
    {
        var page = await OpenPageAsync(Viewport.Desktop);
        var visited = new List<string>();

        foreach (var start in new[] { "/", "/documents", "/interpretations" })
        {
            string? path = start;
            while (path is not null)
            {
                Assert.True(visited.Count < 50, "Too many pages; is the pager looping?");
                await GoAsync(page, path);
                visited.Add(path);
                var html = await page.ContentAsync();
                foreach (var title in Seed.NonPublicTitles)
                {
                    Assert.False(html.Contains(title, StringComparison.Ordinal), $"{path} mentions the non-public 《…{title}…》.");
                }

                var next = page.Locator("nav.pager a[rel=next]");
                path = await next.CountAsync() > 0 ? await next.GetAttributeAsync("href") : null;
            }
        }

        Assert.Contains("/documents", visited);
        Assert.Contains("/interpretations", visited);
    }

    [Theory]
    [InlineData("subsistence-allowance-verification-details-2016")]
    [InlineData("internal-document-seal-rules-2016")]
    [InlineData("old-residential-elevator-pilot-draft-2017")]
    public async Task OpeningNonPublicDocument_ShouldGive404_WhenAddressedDirectly(string slug)
    {
        Assert.Contains(slug, Seed.NonPublicSlugs);
        var page = await OpenPageAsync(Viewport.Desktop);

        await GoAsync(page, $"/documents/{slug}", expectedStatus: 404);

        await Expect(page.Locator("main h1")).ToHaveTextAsync("页面不存在");
    }
}
