using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Media;

/// <summary>
/// Gives the stored images of a rendered body their <c>width</c> and <c>height</c>, so a reader's page does not jump
/// when a 图解 picture arrives. Done when a page is served (and output-cached), because the stored HTML is rendered
/// from Markdown before its images need to be known.
/// </summary>
public sealed partial class MediaImageSizes(PolicyLibraryDbContext db, IMediaStore store)
{
    /// <summary>Files are addressed by their hash, so a size once read stays true.</summary>
    private static readonly ConcurrentDictionary<string, ImageSize?> SizesByHash = new();

    public async Task<string> AddToAsync(string html, CancellationToken ct)
    {
        var names = StoredImage().Matches(html).Select(m => Uri.UnescapeDataString(m.Groups["name"].Value)).Distinct().ToList();
        if (names.Count == 0)
        {
            return html;
        }

        var hashes = await db.MediaFiles.AsNoTracking().Where(m => names.Contains(m.FileName))
            .ToDictionaryAsync(m => m.FileName, m => m.Sha256, ct);
        return StoredImage().Replace(html, match =>
            hashes.TryGetValue(Uri.UnescapeDataString(match.Groups["name"].Value), out var hash) && SizeOf(hash) is { } size
                ? string.Create(CultureInfo.InvariantCulture, $"<img width=\"{size.Width}\" height=\"{size.Height}\" {match.Value["<img ".Length..]}")
                : match.Value);
    }

    private ImageSize? SizeOf(string hash) => SizesByHash.GetOrAdd(hash, h =>
    {
        using var stream = store.OpenRead(h);
        return stream is null ? null : ImageSize.Read(stream);
    });

    /// <summary>An <c>img</c> of the sanitiser's output that points at /media/ and has no width yet.</summary>
    [GeneratedRegex("""<img (?![^>]*\bwidth=)src="/media/(?<name>[^"/?#]+)(?=")""", RegexOptions.CultureInvariant)]
    private static partial Regex StoredImage();
}
