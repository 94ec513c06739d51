using PolicyLibrary.Media;

namespace PolicyLibrary.Web.Features.Media;

/// <summary>The library page: search, the upload form, what the last upload did, and the files.</summary>
public sealed record MediaLibraryPage(string? Search, IReadOnlyList<MediaRow> Files, IReadOnlyList<UploadResult> Results, MediaOptions Limits)
{
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024d / 1024:0.#} MB",
        >= 1024 => $"{bytes / 1024d:0.#} KB",
        _ => $"{bytes} 字节",
    };
}
