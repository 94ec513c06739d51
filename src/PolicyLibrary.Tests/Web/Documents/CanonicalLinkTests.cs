using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Documents;

public class CanonicalLinkTests
{
    [Fact]
    public async Task CanonicalAndOgUrl_ShouldUseConfiguredBaseUrl_WhenBaseUrlIsSet()
    {
        using var site = new SiteFactory();
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("PolicyLibrary:BaseUrl", "https://zcjd.xialu.gov.cn/"));
        using var client = configured.CreateClient();

        var page = await client.GetPageAsync("/documents/disclosure-notice-2016-66?utm_source=wechat");

        Assert.Equal("https://zcjd.xialu.gov.cn/documents/disclosure-notice-2016-66", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://zcjd.xialu.gov.cn/documents/disclosure-notice-2016-66", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task CanonicalLink_ShouldUseRequestHost_WhenNoBaseUrlIsSet()
    {
        using var site = new SiteFactory();
        using var client = site.NewClient();

        var page = await client.GetPageAsync("/interpretations");

        Assert.Equal("http://localhost/interpretations", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }
}
