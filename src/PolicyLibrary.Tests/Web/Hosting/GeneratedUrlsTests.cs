using System.Text.RegularExpressions;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Hosting;

/// <summary>
/// The web layer's URLs come from routes (tag helpers, <c>UrlOf</c>, <c>LinkGenerator</c>) or <c>Links</c>, never typed
/// by hand, so a route changes in one place: these read the sources (the features and the themes) and fail on a
/// hand-typed internal URL.
/// </summary>
public sealed partial class GeneratedUrlsTests
{
    private static readonly string Features = Path.Combine(RepositoryPaths.Root, "src", "PolicyLibrary.Web", "Features");

    // Every theme: its layout and views link to the staff pages and the public ones as the features' views do.
    private static readonly string Themes = Path.Combine(RepositoryPaths.Root, "themes");

    // Browsers ask for /favicon.ico at the root whatever the page says; "~/" would fingerprint it (favicon.{hash}.ico).
    private static readonly HashSet<string> Allowed = ["/favicon.ico"];

    [Fact]
    public void Views_ShouldNotTypeAnInternalUrl_InALinkOrAForm()
    {
        var views = Files("*.cshtml").Concat(Directory.EnumerateFiles(Themes, "*.cshtml", SearchOption.AllDirectories)).ToList();
        var typed = views
            .SelectMany(f => TypedInView().Matches(File.ReadAllText(f)).Where(m => !Allowed.Contains(m.Groups["url"].Value))
                .Concat(TypedInCode().Matches(File.ReadAllText(f)))
                .Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, f)}: {m.Value}"))
            .ToList();

        Assert.Contains(views, f => f.EndsWith(Path.Combine("Shared", "_Layout.cshtml"), StringComparison.Ordinal));

        Assert.True(typed.Count == 0, "hand-typed URLs (use asp-controller/asp-action or Links):\n" + string.Join("\n", typed));
    }

    [Fact]
    public void Controllers_ShouldNotTypeAStaffUrl_InAString()
    {
        var typed = Files("*.cs")
            .SelectMany(f => File.ReadAllLines(f).Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal))
                .Where(l => TypedInCode().IsMatch(l)).Select(l => $"{Path.GetRelativePath(Features, f)}: {l.Trim()}"))
            .ToList();

        Assert.True(typed.Count == 0, "hand-typed URLs (use UrlOf, RedirectToAction or LinkGenerator):\n" + string.Join("\n", typed));
    }

    [Fact]
    public void TheScan_ShouldFindATypedUrl_InAViewAndInCode()
    {
        Assert.Matches(TypedInView(), """<a class="button" href="/manager/documents/@doc.Id/edit">""");
        Assert.Matches(TypedInView(), """<form method="post" action='/account/logout'>""");
        Assert.Matches(TypedInView(), """<button formaction="/manager/x">""");
        Assert.DoesNotMatch(TypedInView(), """<a asp-controller="Manager" asp-action="Index">""");
        Assert.DoesNotMatch(TypedInView(), """<a href="@Links.Media(a)">""");
        Assert.Equal("/favicon.ico", TypedInView().Match("""<link rel="icon" href="/favicon.ico">""").Groups["url"].Value);
        Assert.Matches(TypedInCode(), """aria-current="@(path.StartsWith("/training", StringComparison.Ordinal) ? "page" : null)""");
        Assert.Matches(TypedInView(), """<form method="get" action="/preferences" aria-label="阅读设置">""");
        Assert.Matches(TypedInCode(), """return Redirect($"/manager/users/{id}");""");
        Assert.DoesNotMatch(TypedInCode(), """return Answer(outcome, UrlOf(nameof(Show), new { id }));""");
    }

    private static IEnumerable<string> Files(string pattern) => Directory.EnumerateFiles(Features, pattern, SearchOption.AllDirectories);

    // A link, form or button target that starts at the site's root, quoted either way.
    [GeneratedRegex("""\b(?:href|action|formaction)\s*=\s*["'](?<url>/[^"']*)["']""")]
    private static partial Regex TypedInView();

    // A C# string that begins with a staff path.
    [GeneratedRegex("""\$?"/(?:manager|training|account|verify)\b""")]
    private static partial Regex TypedInCode();
}
