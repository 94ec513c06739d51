using Microsoft.AspNetCore.WebUtilities;
using PolicyLibrary.Library;

namespace PolicyLibrary.Themes.Default;

/// <summary>URLs of the public pages, built in one place.</summary>
public static class Links
{
    public static string Document(string slug) => "/documents/" + Uri.EscapeDataString(slug);

    public static string Interpretation(string slug) => "/interpretations/" + Uri.EscapeDataString(slug);

    public static string Documents(DocumentFilter filter, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["category"] = filter.Category,
            ["organ"] = filter.Organ,
            ["year"] = filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["kind"] = filter.Kind?.ToString(),
            ["validity"] = filter.Validity?.ToString(),
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/documents", query.Where(p => p.Value is not null));
    }

    public static string CategoryDocuments(string code) => Documents(new DocumentFilter { Category = code });

    public static string Interpretations(int page) => page > 1 ? $"/interpretations?page={page}" : "/interpretations";
}
