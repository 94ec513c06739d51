namespace PolicyLibrary.Web.Hosting;

/// <summary>The folders the site works with, made absolute once at start-up.</summary>
public sealed record SitePaths(string DataPath, string? ContentPath)
{
    public static SitePaths Resolve(PolicyLibraryOptions options, string contentRoot) => new(
        Path.GetFullPath(options.DataPath, contentRoot),
        string.IsNullOrWhiteSpace(options.ContentPath) ? FindContentFolder(contentRoot) : Path.GetFullPath(options.ContentPath, contentRoot));

    /// <summary>The repository's content/ folder, looked for above the app so <c>dotnet run</c> works from anywhere in a clone.</summary>
    private static string? FindContentFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "categories.yaml")))
            {
                return candidate;
            }
        }

        return null;
    }
}
