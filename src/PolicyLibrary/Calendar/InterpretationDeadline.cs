namespace PolicyLibrary.Calendar;

/// <summary>An interpretation owed for a published document: due on <see cref="DueOn"/>, or unknown when the calendar lacks the year.</summary>
public sealed record InterpretationDeadline(
    int DocumentId, string DocumentTitle, string UnitName, DateOnly PublishedOn, DateOnly? DueOn, bool IsOverdue, string? Problem);
