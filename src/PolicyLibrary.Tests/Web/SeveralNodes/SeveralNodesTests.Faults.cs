using System.Diagnostics;
using System.Net;
using PolicyLibrary.Tests.Changes;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.SeveralNodes;

/// <summary>Changes from a shell beside the nodes, and the database going away under them.</summary>
public sealed partial class SeveralNodesTests
{
    // Public answers the output cache keeps, on each node.
    private static readonly string[] Cached = ["/", "/documents", "/interpretations", "/feeds/documents.atom", "/sitemap.xml", "/api/v1/documents"];

    [PostgreSqlOnlyFact]
    public async Task Import_FromAShell_ShouldShowOnBothNodes_DirectlyAndThroughNginx_WithinOneSecond()
    {
        var window = await ImportAndMeasureAsync("node-import-notice-2026", "下陆区人民政府办公室关于多节点导入测试的通知", 902);
        output.WriteLine($"imported from a shell: shown on A, B and through nginx {window.TotalMilliseconds:F0} ms after the commit");
        Assert.True(window < TimeSpan.FromSeconds(1), $"{window.TotalMilliseconds:F0} ms");
    }

    [PostgreSqlOnlyFact]
    public async Task StoppingPostgreSql_ForTenSecondsDuringReads_ShouldServeCachedPages_Answer503ForTheRest_AndRecover()
    {
        using var a = new HttpClient { BaseAddress = nodes.A.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var b = new HttpClient { BaseAddress = nodes.B.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var proxy = new HttpClient { BaseAddress = nodes.Nginx.Address, Timeout = TimeSpan.FromSeconds(30) };
        HttpClient[] clients = [a, b, proxy];
        // Cached on each node under both host names it is asked by: its own address, and Host: 127.0.0.1 as nginx
        // passes it ($host), which is another key of the output cache.
        foreach (var client in new[] { a, b })
        {
            foreach (var page in Cached)
            {
                foreach (var host in new[] { null, "127.0.0.1" })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, page);
                    request.Headers.Host = host;
                    using var response = await client.SendAsync(request);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }
            }
        }

        await nodes.Cluster.StopAsync();
        var cachedServed = 0;
        var unavailable = 0;
        var problems = new List<string>();
        try
        {
            var clock = Stopwatch.StartNew();
            for (var round = 0; clock.Elapsed < TimeSpan.FromSeconds(10); round++)
            {
                foreach (var client in clients)
                {
                    foreach (var page in Cached)
                    {
                        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            cachedServed++;
                        }
                        else
                        {
                            problems.Add($"{client.BaseAddress}{page.TrimStart('/')}: {(int)response.StatusCode} while the database was down");
                        }
                    }

                    // Not cached: a search nobody made yet, a page nobody asked for, the API's answer for it.
                    foreach (var page in new[] { $"/search?q=停机{round}", $"/documents/no-such-document-{round}", $"/api/v1/documents/no-such-document-{round}" })
                    {
                        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                        var body = await response.Content.ReadAsStringAsync();
                        var api = page.StartsWith("/api/", StringComparison.Ordinal);
                        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null
                            && body.Contains("数据库暂时无法连接", StringComparison.Ordinal)
                            && response.Content.Headers.ContentType?.MediaType == (api ? "application/problem+json" : "text/html")
                            && (api || body.Contains("服务暂时不可用", StringComparison.Ordinal))
                            && !body.Contains("Exception", StringComparison.Ordinal) && !body.Contains("   at ", StringComparison.Ordinal))
                        {
                            unavailable++;
                        }
                        else
                        {
                            problems.Add($"{client.BaseAddress}{page.TrimStart('/')}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {body[..Math.Min(body.Length, 300)]}");
                        }
                    }
                }

                await Task.Delay(100);
            }
        }
        finally
        {
            await nodes.Cluster.StartAgainAsync();
        }

        output.WriteLine($"database down 10 s: {cachedServed} cached answers served, {unavailable} Chinese 503 answers, {problems.Count} others");
        foreach (var problem in problems.Take(10))
        {
            output.WriteLine(problem);
        }
        Assert.Empty(problems);
        Assert.True(unavailable > 0 && cachedServed > 0);

        // Back without restarting a node: uncached pages are answered again, on each node and through nginx …
        var recovery = Stopwatch.StartNew();
        foreach (var client in clients)
        {
            while ((await client.GetAsync(new Uri($"/search?q=恢复{recovery.ElapsedTicks}", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(recovery.Elapsed < TimeSpan.FromSeconds(30), $"{client.BaseAddress} still failing 30 s after the database came back");
                await Task.Delay(100);
            }
        }

        output.WriteLine($"uncached pages answered again {recovery.ElapsedMilliseconds} ms after the database came back");
        for (var i = 0; i < 6; i++)
        {
            foreach (var client in clients)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/documents?page={i + 1}", UriKind.Relative))).StatusCode);
            }
        }

        // … and each node listens for changes again: a document imported now reaches both within the window.
        var window = await ImportAndMeasureAsync("after-outage-notice-2026", "下陆区人民政府办公室关于数据库恢复后测试的通知", 903);
        output.WriteLine($"after the outage, an import shown everywhere {window.TotalMilliseconds:F0} ms after the commit");
        Assert.True(window < TimeSpan.FromSeconds(1), $"{window.TotalMilliseconds:F0} ms");
    }

    /// <summary>Caches the answers without the document on both nodes, runs <c>import</c> from a shell, and measures until A, B and nginx (both upstreams) show it.</summary>
    private async Task<TimeSpan> ImportAndMeasureAsync(string slug, string title, int number)
    {
        using var a = new HttpClient { BaseAddress = nodes.A.Address };
        using var b = new HttpClient { BaseAddress = nodes.B.Address };
        using var proxy = new HttpClient { BaseAddress = nodes.Nginx.Address };
        HttpClient[] clients = [a, b, proxy, proxy];
        string[] pages = ["/documents", "/feeds/documents.atom", "/api/v1/documents", "/sitemap.xml"];
        foreach (var client in clients)
        {
            foreach (var page in pages)
            {
                Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
            }
        }

        using var content = new TempFolder();
        await ImportedDocument.WriteAsync(content, slug, title, number);
        var before = await ChangeWindow.GenerationAsync(nodes.Options);
        var import = SiteProcess.RunAsync(nodes.DataOf("shell"), nodes.Settings, "import", content.Path);
        // Asked side by side, as readers would, so the window is the nodes' and not the sum of the test's requests.
        var window = await ChangeWindow.MeasureAsync(nodes.Options, before, async () =>
            (await Task.WhenAll(clients.SelectMany(client => pages.Select(page => client.GetStringAsync(new Uri(page, UriKind.Relative))))))
            .All(answer => answer.Contains(slug, StringComparison.Ordinal)));
        await import;
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(new Uri($"/documents/{slug}", UriKind.Relative))).StatusCode);
        return window;
    }
}
