using PolicyLibrary.Organisation;

namespace PolicyLibrary.Calendar;

/// <summary>
/// An interpretation owed for a published document: due on <see cref="DueOn"/>, or unknown while the calendar lacks
/// <see cref="MissingYear"/>.
/// </summary>
public sealed record InterpretationDeadline(
    int DocumentId, string DocumentTitle, string UnitName, DateOnly PublishedOn, DateOnly? DueOn, bool IsOverdue, int? MissingYear,
    int DraftingUnitId = 0, string Slug = "")
{
    /// <summary>What stands in for the due date when it cannot be counted: the task that would make it countable.</summary>
    public string? Problem => MissingYear is { } year ? CalendarRules.MissingYearTask(year) : null;

    /// <summary>
    /// Whether the backlog may link the document's manager page for this actor (<see cref="Permissions.ViewDocument"/>:
    /// reviewers, administrators, the drafting unit's drafters); anyone else is linked to its public page, never to a refusal.
    /// </summary>
    public bool OpensInManager(Actor actor) =>
        actor.Is(Roles.Administrator) || actor.Is(Roles.Reviewer) || (actor.Is(Roles.Drafter) && actor.OrgUnitId == DraftingUnitId);
}
