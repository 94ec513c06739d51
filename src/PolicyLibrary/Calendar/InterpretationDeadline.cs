using PolicyLibrary.Organisation;

namespace PolicyLibrary.Calendar;

/// <summary>An interpretation owed for a published document: due on <see cref="DueOn"/>, or unknown when the calendar lacks the year.</summary>
public sealed record InterpretationDeadline(
    int DocumentId, string DocumentTitle, string UnitName, DateOnly PublishedOn, DateOnly? DueOn, bool IsOverdue, string? Problem,
    int DraftingUnitId = 0, string Slug = "")
{
    /// <summary>
    /// Whether the backlog may link the document's manager page for this actor (<see cref="Permissions.ViewDocument"/>:
    /// reviewers, administrators, the drafting unit's drafters); anyone else is linked to its public page, never to a refusal.
    /// </summary>
    public bool OpensInManager(Actor actor) =>
        actor.Is(Roles.Administrator) || actor.Is(Roles.Reviewer) || (actor.Is(Roles.Drafter) && actor.OrgUnitId == DraftingUnitId);
}
