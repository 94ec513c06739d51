using PolicyLibrary.Media;

namespace PolicyLibrary.Web.Features.Media;

/// <summary>One file: preview, description form, the snippet to paste, and where it is used.</summary>
public sealed record MediaDetailsPage(MediaRow File, IReadOnlyList<MediaUse> Uses, string? Problem = null, string? AltText = null, string? Caption = null,
    IReadOnlyList<MediaRow>? CaptionFiles = null);
