namespace PolicyLibrary.Documents;

/// <summary>A category as administrators see it, with how many documents (of any status) are filed under it.</summary>
public sealed record CategoryRow(int Id, string Code, string Name, string Description, int SortOrder, bool IsHidden, int DocumentCount);

/// <summary>
/// What an administrator enters for a category. <see cref="Code"/> is read only when creating: documents and
/// content/ refer to it. A missing <see cref="SortOrder"/> puts a new category last.
/// </summary>
public sealed record CategoryInput(string? Code, string? Name, string? Description, int? SortOrder, bool IsHidden);
