using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Api;

public class ApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.NewClient();

    [Fact]
    public async Task Documents_ShouldListExactlyThePublicDocuments_WithPagingLinks()
    {
        var now = DateTime.UtcNow;
        var expected = (await site.AllDocumentsAsync()).Where(d => PublicVisibility.IsPublic(d, now)).Select(d => d.Slug).Order().ToList();

        var first = await GetJsonAsync("/api/v1/documents?pageSize=5");
        Assert.Equal(expected.Count, first.GetProperty("totalCount").GetInt32());
        Assert.Equal("/api/v1/documents?pageSize=5&page=2", first.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("links").GetProperty("previous").ValueKind);

        var all = await GetJsonAsync("/api/v1/documents?pageSize=100");
        Assert.Equal(expected, all.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("slug").GetString()!).Order().ToList());
    }

    [Fact]
    public async Task Documents_ShouldFilterLikeTheSite()
    {
        var policy = await GetJsonAsync("/api/v1/documents?category=policy&kind=NormativeDocument&year=2016");
        Assert.All(policy.GetProperty("items").EnumerateArray(), d =>
        {
            Assert.Equal("政策及规范性文件", d.GetProperty("categoryName").GetString());
            Assert.Equal("NormativeDocument", d.GetProperty("kind").GetString());
        });
        Assert.True(policy.GetProperty("totalCount").GetInt32() > 0);
    }

    [Theory]
    [InlineData("/api/v1/documents?pageSize=0")]
    [InlineData("/api/v1/documents?pageSize=1000000000")]
    [InlineData("/api/v1/documents?page=-1")]
    [InlineData("/api/v1/documents?year=abc")]
    [InlineData("/api/v1/documents?kind=%22%3B%20DROP%20TABLE")]
    [InlineData("/api/v1/documents?category=no-such-category")]
    [InlineData("/api/v1/interpretations?pageSize=abc")]
    [InlineData("/api/v1/documents/by-number")]
    public async Task BadQueries_ShouldAnswer400ProblemJson(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Document_ShouldCarryMarkdownSanitisedHtmlAndInterpretations()
    {
        var document = await GetJsonAsync("/api/v1/documents/disclosure-notice-2016-66");

        Assert.Equal("黄下政办〔2016〕66号", document.GetProperty("documentNumber").GetString());
        Assert.StartsWith("各街道", document.GetProperty("bodyMarkdown").GetString(), StringComparison.Ordinal);
        Assert.Contains("<h2 id=", document.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Contains(document.GetProperty("interpretations").EnumerateArray(), i => i.GetProperty("slug").GetString() == "disclosure-notice-2016-66-tujie");

        var byNumber = await GetJsonAsync("/api/v1/documents/by-number?number=" + Uri.EscapeDataString("黄下政办〔2016〕66号"));
        Assert.Equal("disclosure-notice-2016-66", byNumber.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task HiddenDocuments_ShouldBe404ProblemJson()
    {
        var now = DateTime.UtcNow;
        foreach (var hidden in (await site.AllDocumentsAsync()).Where(d => !PublicVisibility.IsPublic(d, now)))
        {
            using var response = await _client.GetAsync(new Uri($"/api/v1/documents/{hidden.Slug}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (hidden.DocumentNumber is { } number)
            {
                using var byNumber = await _client.GetAsync(new Uri("/api/v1/documents/by-number?number=" + Uri.EscapeDataString(number), UriKind.Relative));
                Assert.Equal(HttpStatusCode.NotFound, byNumber.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Reads_ShouldAnswer304_WhenTheClientHasTheCurrentETag()
    {
        using var first = await _client.GetAsync(new Uri("/api/v1/categories", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/categories");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/categories");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var third = await _client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task CategoriesOrgUnitsAndInterpretations_ShouldBeListed()
    {
        Assert.Equal(8, (await GetJsonAsync("/api/v1/categories")).GetArrayLength());
        Assert.Contains((await GetJsonAsync("/api/v1/org-units")).EnumerateArray(), u => u.GetProperty("code").GetString() == "gov-office");
        var interpretation = await GetJsonAsync("/api/v1/interpretations/disclosure-notice-2016-66-tujie");
        Assert.Equal("Graphic", interpretation.GetProperty("form").GetString());
        Assert.Equal("disclosure-notice-2016-66", interpretation.GetProperty("document").GetProperty("slug").GetString());
        Assert.True((await GetJsonAsync("/api/v1/interpretations")).GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task OpenApi_ShouldDescribeEveryApiEndpoint()
    {
        var openApi = await GetJsonAsync("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var path in new[] { "/api/v1/documents", "/api/v1/documents/{document}", "/api/v1/documents/by-number", "/api/v1/interpretations", "/api/v1/interpretations/{interpretation}", "/api/v1/categories", "/api/v1/org-units" })
        {
            Assert.Contains(path, paths);
        }

        using var reference = await _client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
