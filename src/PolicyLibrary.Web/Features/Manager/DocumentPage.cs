using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The document's manager page: what it is, and which actions this actor is offered (the core decides again on POST).</summary>
public sealed record DocumentPage(
    Actor Actor, ManagerDocument Document, IReadOnlyList<Choice> Units, string? Form, IReadOnlyDictionary<string, string> Errors, string? Message)
{
    private WorkflowStatus Status => Document.Rules.Status;

    public bool MayEdit => Permissions.EditDocument(Actor, Document.Rules) is null;

    public bool MayInterpret => Permissions.EditInterpretation(Actor, Document.Rules, null) is null;

    public bool MaySubmit => Permissions.Submit(Actor, Document.Rules) is null
        && (Status is WorkflowStatus.Draft or WorkflowStatus.Withdrawn || (Status == WorkflowStatus.Published && Document.Interpretations.Any(i => i.Status == WorkflowStatus.Draft)));

    public bool MayReview => Permissions.Review(Actor) is null && !Document.ActorIsAuthor
        && (Status == WorkflowStatus.InReview || Document.Interpretations.Any(i => i.Status == WorkflowStatus.InReview));

    public bool MayWithdraw => Permissions.Withdraw(Actor) is null && Status is WorkflowStatus.Published or WorkflowStatus.Approved;

    public bool MayChangeValidity => Permissions.ChangeValidity(Actor, Document.Rules) is null && Status == WorkflowStatus.Published;

    /// <summary>A scheduled publication not yet due: its time can be moved or the schedule cancelled.</summary>
    public bool MayReschedule(DateTime nowUtc) => Permissions.Review(Actor) is null
        && Status == WorkflowStatus.Approved && Document.Rules.ScheduledPublishAtUtc > nowUtc;

    public bool MayChangeDraftingUnit => Permissions.ChangeDraftingUnit(Actor) is null;

    public bool MayChangeIndexNumber => Permissions.ChangeIndexNumber(Actor) is null;

    public string? Error(string form, string field) => Form == form ? Errors.GetValueOrDefault(field) : null;
}
