namespace PolicyLibrary.Content;

// The shapes of the files in content/, exactly as content/README.md describes them.
// Values stay strings here so that a wrong one is reported with its file and field, not as a YAML type error.

internal sealed class CategoryFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool? Hidden { get; set; }
}

internal sealed class OrgUnitFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Kind { get; set; }
    public string? IndexCode { get; set; }
}

internal sealed class CalendarFile
{
    public int? Year { get; set; }
    public string? Notice { get; set; }
    public List<HolidayRangeFile>? Holidays { get; set; }
    public List<WorkdayFile>? Workdays { get; set; }
}

internal sealed class HolidayRangeFile
{
    public string? Name { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

internal sealed class WorkdayFile
{
    public string? Name { get; set; }
    public string? Date { get; set; }
}

internal sealed class DocumentFile
{
    public string? Title { get; set; }
    public string? IndexNumber { get; set; }
    public string? DocumentNumber { get; set; }
    public string? IssuingOrgan { get; set; }
    public string? DraftingUnit { get; set; }
    public List<string>? CoIssuingUnits { get; set; }
    public string? Drafter { get; set; }
    public string? Category { get; set; }
    public string? Kind { get; set; }
    public List<string>? SubjectWords { get; set; }
    public string? WrittenOn { get; set; }
    public string? PublishedAt { get; set; }
    public string? EffectiveOn { get; set; }
    public string? Validity { get; set; }
    public string? ValidityChangedOn { get; set; }
    public string? ReplacedBy { get; set; }
    public string? Disclosure { get; set; }
    public string? DisclosureReason { get; set; }
    public string? Status { get; set; }
}

internal sealed class InterpretationFile
{
    public string? Title { get; set; }
    public string? Document { get; set; }
    public string? Form { get; set; }
    public string? InterpretingUnit { get; set; }
    public string? Author { get; set; }
    public string? PublishedAt { get; set; }
    public string? Status { get; set; }
    public string? Summary { get; set; }
}
