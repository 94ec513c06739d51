namespace PolicyLibrary.Content;

/// <summary>One content folder, read and parsed, not yet checked against the database.</summary>
internal sealed class ContentSet
{
    public List<CategoryFile> Categories { get; } = [];
    public List<OrgUnitFile> OrgUnits { get; } = [];
    public List<(string File, CalendarFile Calendar)> Calendars { get; } = [];
    public List<(string File, string Slug, DocumentFile Header, string Body)> Documents { get; } = [];
    public List<(string File, string Slug, InterpretationFile Header, string Body)> Interpretations { get; } = [];
    public List<(string File, string Slug, TrainingModuleFile Header, string Body)> TrainingModules { get; } = [];
    public List<(string File, string Name, TrainingPlanFile Header, string Body)> TrainingPlans { get; } = [];
    public List<(string File, string FullPath)> Media { get; } = [];
    public List<ContentError> Errors { get; } = [];
}
