using PolicyLibrary.Training;
using PolicyLibrary.Web.Features.Manager;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

/// <summary>The module's manager page: its fields, lessons, quiz, publishing and history.</summary>
public sealed record ModulePage(AuthoredModule Module, HistoryPanel History);

/// <summary>A form of module authoring: the fields as typed, messages per field, and a preview when asked.</summary>
public sealed record AuthoringForm<TFields>(
    string Heading, string Action, string CancelUrl, TFields Fields, IReadOnlyDictionary<string, string> Errors,
    string? Message = null, string? PreviewHtml = null)
{
    public string? ModuleTitle { get; init; }
    public string? ModuleSlug { get; init; }
    public IReadOnlyList<(string Code, string Name)> Units { get; init; } = [];
}
