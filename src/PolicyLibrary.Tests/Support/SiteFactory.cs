using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Data;

namespace PolicyLibrary.Tests.Support;

/// <summary>The whole site in memory, on its own temporary data folder seeded from the repository's content/.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Passw0rd!";

    private readonly TempFolder _data = new();
    private string? _connectionString;

    public string DataPath => _data.Path;

    /// <summary>Extra configuration for this site (e.g. smaller upload limits), applied after the defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, the site's clock (check-in windows, rotating codes) is this one.</summary>
    public ManualClock? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("PolicyLibrary:DataPath", _data.Path);
        builder.UseSetting("PolicyLibrary:ContentPath", RepositoryPaths.Content);
        builder.UseSetting("PolicyLibrary:Admin:Password", AdminPassword);
        _connectionString ??= TestProvider.NewDatabase(_data, "site.db");
        builder.UseSetting("PolicyLibrary:Database", TestProvider.Name);
        builder.UseSetting("ConnectionStrings:PolicyLibrary", _connectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }

    /// <summary>The site listens before its database is ready; tests that read the database directly start after it is.</summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<PolicyLibrary.Web.Hosting.DatabaseReadiness>().Ready.GetAwaiter().GetResult();
        return host;
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDbAsync<T>(Func<PolicyLibraryDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
        return await query(db);
    }

    public Task<List<PolicyLibrary.Documents.Document>> AllDocumentsAsync() => WithDbAsync(db =>
        db.Documents.AsNoTracking().Include(d => d.Category).Include(d => d.Interpretations).ToListAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_connectionString is not null)
            {
                TestProvider.DropDatabase(_connectionString);
            }

            _data.Dispose();
        }
    }
}

public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var page = Parser.ParseDocument(html);
        // A tag helper whose controller and action match no route renders an empty URL: on every page a test opens, none.
        var unrouted = page.QuerySelectorAll("a[href=''], form[action=''], [formaction='']").Select(e => e.OuterHtml).ToList();
        Assert.True(unrouted.Count == 0, $"GET {url}: links no route generated: {string.Join(" ", unrouted)}");
        return page;
    }

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no element matches {selector}");
}
