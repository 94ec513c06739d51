using PolicyLibrary.Media;

namespace PolicyLibrary.Web.Features.Media;

/// <summary>The textarea the picker writes into and the images it offers.</summary>
public sealed record MediaPickerModel(string Target, IReadOnlyList<MediaRow> Images);
