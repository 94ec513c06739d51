namespace PolicyLibrary.E2E.Quality;

/// <summary>One public page the quality checks visit: a short name (for screenshots and messages), its path and the status it answers.</summary>
public sealed record PublicPage(string Name, string Path, int Status = 200);

/// <summary>
/// Every public page the accessibility, validity, phone and JavaScript-off checks run on. A new public page is one more
/// line here (and so one more test case of each check).
/// </summary>
public static class PublicPages
{
    public static IReadOnlyList<PublicPage> All { get; } =
    [
        new("home", "/"),
        new("documents-filtered", $"/documents?category={Seed.CategoryCode}&kind=NormativeDocument"),
        new("document", "/documents/" + Seed.DocumentSlug),
        new("document-repealed", "/documents/" + Seed.RepealedDocumentSlug),
        new("interpretations", "/interpretations"),
        new("interpretation-text", "/interpretations/government-work-report-2016-jiedu"),
        new("interpretation-qa", "/interpretations/disclosure-rules-2016-67-wenda"),
        new("interpretation-graphic", "/interpretations/" + Seed.InterpretationSlug),
        new("search", "/search?q=" + Uri.EscapeDataString("信息公开")),
        new("search-empty", "/search?q=" + Uri.EscapeDataString("量子纠缠")),
        new("not-found", "/documents/does-not-exist", 404),
        new("verify-unknown", "/verify/ABCD-EFGH-JKMN", 404),
        new("sign-in", "/account/login"),
    ];

    public static PublicPage Named(string name) => All.Single(p => p.Name == name);

    /// <summary>xUnit data: every page name.</summary>
    public static TheoryData<string> Names() => [.. All.Select(p => p.Name)];

    /// <summary>xUnit data: every page name in both viewports.</summary>
    public static TheoryData<string, string> NamesAndViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in All)
        {
            data.Add(page.Name, Viewport.Desktop.Name);
            data.Add(page.Name, Viewport.Phone.Name);
        }

        return data;
    }
}
