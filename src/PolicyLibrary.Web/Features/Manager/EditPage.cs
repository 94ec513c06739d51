using PolicyLibrary.Manager;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>
/// A document or interpretation form: the fields as typed, the messages per field, an optional preview rendered by the
/// public renderer, and on a conflict the message and the diff from what is saved to what was typed.
/// </summary>
public sealed record EditPage<TFields>(
    string Heading, string Action, string CancelUrl, TFields Fields, IReadOnlyDictionary<string, string> Errors,
    string? Message = null, string? PreviewHtml = null, IReadOnlyList<RevisionComparison.Line>? Conflict = null)
{
    public IReadOnlyList<Choice> Categories { get; init; } = [];
    public IReadOnlyList<Choice> Units { get; init; } = [];
    public string? DocumentTitle { get; init; }
    public bool IsNew { get; init; }

    /// <summary>The drafting (lead) unit: not offered as its own co-issuer.</summary>
    public string? DraftingUnitCode { get; init; }

    /// <summary>How the 索引号 of a new draft will read (the prefix of the unit and year), or the one it has.</summary>
    public string? IndexNumber { get; init; }

    /// <summary>Whether the public address may still change: once published, links to it exist.</summary>
    public bool SlugEditable { get; init; } = true;

    /// <summary>The reviewer's return this draft is being revised for (已退回), shown above the form.</summary>
    public ReviewEntry? Returned { get; init; }
}
