namespace PolicyLibrary.E2E;

/// <summary>
/// Full-page screenshots into e2e-tests/PolicyLibrary.E2E/screenshots/ (git-ignored). With
/// <c>POLICYLIBRARY_UPDATE_SCREENSHOTS=1</c> the two the README shows are also copied to docs/screenshots/.
/// </summary>
internal static class Screenshots
{
    private static readonly string[] ReadmeShots = ["document-desktop", "interpretation-graphic-phone"];

    public static async Task SaveAsync(SiteFixture site, IPage page, string name)
    {
        // Stylesheet, fonts and images first, so the picture is the page a reader sees.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        // A lazy image may never load (the editor's picker lists the library folded), and the page is whole without it.
        await page.WaitForFunctionAsync("() => Array.from(document.images).every(i => i.complete || i.loading === 'lazy')");

        var folder = Path.Combine(PolicyLibrary.Tests.Support.RepositoryPaths.Root, "e2e-tests", "PolicyLibrary.E2E", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });

        if (Environment.GetEnvironmentVariable("POLICYLIBRARY_UPDATE_SCREENSHOTS") == "1" && ReadmeShots.Contains(name))
        {
            var docs = Path.Combine(PolicyLibrary.Tests.Support.RepositoryPaths.Root, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(file, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }
}
