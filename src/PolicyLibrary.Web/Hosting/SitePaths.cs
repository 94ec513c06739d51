namespace PolicyLibrary.Web.Hosting;

/// <summary>The folders the site works with, made absolute once at start-up.</summary>
public sealed record SitePaths(string DataPath, string? ContentPath, string MediaPath)
{
    public static SitePaths Resolve(PolicyLibraryOptions options, string contentRoot)
    {
        var data = Path.GetFullPath(options.DataPath, contentRoot);
        return new(
            data,
            string.IsNullOrWhiteSpace(options.ContentPath) ? FindContentFolder(contentRoot) : Path.GetFullPath(options.ContentPath, contentRoot),
            string.IsNullOrWhiteSpace(options.MediaPath) ? Path.Combine(data, "media") : Path.GetFullPath(options.MediaPath, contentRoot));
    }

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
