namespace PolicyLibrary.Content;

/// <summary>One content folder, read and parsed, not yet checked against the database.</summary>
internal sealed class ContentSet
{
    public List<CategoryFile> Categories { get; } = [];
    public List<OrgUnitFile> OrgUnits { get; } = [];
    public List<(string File, CalendarFile Calendar)> Calendars { get; } = [];
    /// <summary>The folder the relative file names below are in.</summary>
    public required string Root { get; init; }

    /// <summary>Relative names (documents/…md), read a batch at a time by the importer; names only, to keep a large library small.</summary>
    public List<string> Documents { get; } = [];
    public List<string> Interpretations { get; } = [];
    public List<(string File, string Slug, TrainingModuleFile Header, string Body)> TrainingModules { get; } = [];
    public List<(string File, string Name, TrainingPlanFile Header, string Body)> TrainingPlans { get; } = [];
    public List<(string File, string FullPath)> Media { get; } = [];
    public List<ContentError> Errors { get; } = [];
}
