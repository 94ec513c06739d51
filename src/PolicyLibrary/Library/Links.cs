using System.Globalization;

namespace PolicyLibrary.Library;

/// <summary>
/// URLs of the public pages, built in one place for every theme, the feeds, the sitemap and the manager's
/// "public page" links, so a route changes here and nowhere else.
/// </summary>
public static class Links
{
    public const string Home = "/";

    public const string DocumentList = "/documents";

    public const string InterpretationList = "/interpretations";

    public const string Search = "/search";

    /// <summary>The page that tells people what the Atom feeds are and lists their addresses.</summary>
    public const string FeedGuide = "/feeds";

    /// <summary>Sets the reader's font size and eye-care colours (a GET form, so it works with JavaScript off).</summary>
    public const string Preferences = "/preferences";

    public const string DocumentsFeed = "/feeds/documents.atom";

    public const string InterpretationsFeed = "/feeds/interpretations.atom";

    public static string CategoryFeed(string code) => "/feeds/categories/" + Uri.EscapeDataString(code) + ".atom";

    public static string Document(string slug) => DocumentList + "/" + Uri.EscapeDataString(slug);

    /// <summary>A stored file by the name content gives it (an attachment, an image).</summary>
    public static string Media(string name) => "/media/" + Uri.EscapeDataString(name);

    public static string Interpretation(string slug) => InterpretationList + "/" + Uri.EscapeDataString(slug);

    public static string Documents(DocumentFilter filter, int? page = null) => WithQuery(DocumentList,
    [
        ("category", filter.Category),
        ("organ", filter.Organ),
        ("year", filter.Year?.ToString(CultureInfo.InvariantCulture)),
        ("kind", filter.Kind?.ToString()),
        ("validity", filter.Validity?.ToString()),
        ("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null),
    ]);

    public static string CategoryDocuments(string code) => Documents(new DocumentFilter { Category = code });

    public static string Interpretations(int page) => page > 1 ? $"{InterpretationList}?page={page}" : InterpretationList;

    /// <summary>
    /// The query parameters that choose what a page shows (filters, search, page, report year): a canonical link keeps
    /// them, in this order; anything else (utm_source, a share button's tag) names the same page and is dropped.
    /// </summary>
    public static readonly IReadOnlyList<string> MeaningfulQuery =
        ["q", "category", "organ", "year", "kind", "validity", "from", "to", "numberYear", "number", "sort", "page"];

    /// <summary>The path with those of <paramref name="query"/>'s parameters that are <see cref="MeaningfulQuery"/>.</summary>
    public static string Canonical(string path, Func<string, string?> query) =>
        WithQuery(path, MeaningfulQuery.Select(name => (name, query(name) is { Length: > 0 } value ? value : null)));

    /// <summary>The path with the parameters that have a value, escaped as a query string.</summary>
    private static string WithQuery(string path, IEnumerable<(string Name, string? Value)> parameters)
    {
        var query = string.Join("&", parameters.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? path : path + "?" + query;
    }
}
