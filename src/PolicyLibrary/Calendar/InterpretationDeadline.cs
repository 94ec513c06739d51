namespace PolicyLibrary.Calendar;

/// <summary>
/// An interpretation owed for a published document: due on <see cref="DueOn"/>, or unknown while the calendar lacks
/// <see cref="MissingYear"/>.
/// </summary>
public sealed record InterpretationDeadline(
    int DocumentId, string DocumentTitle, string UnitName, DateOnly PublishedOn, DateOnly? DueOn, bool IsOverdue, int? MissingYear)
{
    /// <summary>What stands in for the due date when it cannot be counted: the task that would make it countable.</summary>
    public string? Problem => MissingYear is { } year ? CalendarRules.MissingYearTask(year) : null;
}
