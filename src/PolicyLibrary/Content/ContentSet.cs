namespace PolicyLibrary.Content;

/// <summary>One content folder, read and parsed, not yet checked against the database.</summary>
internal sealed class ContentSet
{
    public List<CategoryFile> Categories { get; } = [];
    public List<OrgUnitFile> OrgUnits { get; } = [];
    public List<(string File, CalendarFile Calendar)> Calendars { get; } = [];
    public List<(string File, string FullPath)> Documents { get; } = [];
    public List<(string File, string FullPath)> Interpretations { get; } = [];
    public List<(string File, string FullPath)> Media { get; } = [];
    public List<ContentError> Errors { get; } = [];
}
