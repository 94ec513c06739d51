using Xunit.Abstractions;

namespace PolicyLibrary.E2E.Quality;

/// <summary>What a phone on a slow network downloads for a document page on a first visit, and that nothing shifts as it loads.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageWeightTests(SiteFixture site, ITestOutputHelper output) : SiteTest(site)
{
    private const int Budget = 150 * 1024;

    [Fact]
    public async Task FirstVisit_ShouldTransferUnder150KBWithoutLayoutShift_WhenDocumentPageIsOpenedInColdBrowser()
    {
        var target = PublicPages.Named("document");
        var page = await OpenPageAsync(Viewport.Phone); // a fresh context: empty cache, no cookies
        var requests = new List<IRequest>();
        page.RequestFinished += (_, request) => requests.Add(request);

        await GoAsync(page, target.Path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        var lines = new List<string>();
        foreach (var request in requests.ToList())
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            total += bytes;
            lines.Add($"{bytes,8:N0}  {request.Url}");
        }

        output.WriteLine($"{target.Path}: {requests.Count} requests, {total:N0} bytes{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        Assert.True(requests.Count >= 3, $"Only {requests.Count} requests were seen; the page, its CSS and script at least were expected.");
        Assert.True(total < Budget, $"{target.Path} transferred {total:N0} bytes on a first visit (budget {Budget:N0}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");

        // System fonts only: nothing is swapped in late, and nothing moved.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.fonts.size"));
        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
                // Buffered entries arrive at once if there are any; none at all means no shift.
                const observer = new PerformanceObserver(list => resolve(list.getEntries().filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)));
                observer.observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => resolve(0), 500);
            })
            """);
        Assert.True(shift < 0.01, $"{target.Path} shifted its layout while loading (CLS {shift:F3}).");
    }
}
