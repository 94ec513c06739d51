using PolicyLibrary.Calendar;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;

namespace PolicyLibrary.Manager;

// What the manager pages (/manager) get back from ManagerQueries: the editors' view, drafts and all.

/// <summary><see cref="Returned"/>: the reviewer's return of a draft (已退回), with its comment, until it is submitted again.</summary>
public sealed record ManagerDocumentRow(
    int Id, string Title, string? DocumentNumber, DocumentKind Kind, WorkflowStatus Status, string UnitName,
    DateTime UpdatedAtUtc, int InterpretationsInReview, ReviewEntry? Returned = null);

public sealed record ManagerDashboard(
    string UnitName, IReadOnlyList<ManagerDocumentRow>? UnitDocuments, IReadOnlyList<ManagerDocumentRow>? ReviewQueue,
    IReadOnlyList<InterpretationDeadline> Deadlines, IReadOnlyList<int> MissingCalendarYears, BackupOutcome? LastBackup = null);

/// <summary>The latest daily backup's outcome, from the audit log (shown to administrators); none before the first run.</summary>
public sealed record BackupOutcome(bool Succeeded, DateTime AtUtc, string Detail);

public sealed record ManagerInterpretationRow(int Id, string Title, InterpretationForm Form, WorkflowStatus Status, string AuthorName);

public sealed record ReviewEntry(ReviewDecision Decision, string Scope, string Comment, string ReviewerName, DateTime AtUtc)
{
    /// <summary>The return a draft is waiting on: its latest review when that returned it; null otherwise.</summary>
    public static ReviewEntry? ReturnedDraft(WorkflowStatus status, IEnumerable<ReviewEntry> reviews) =>
        status == WorkflowStatus.Draft && reviews.MaxBy(r => r.AtUtc) is { Decision: ReviewDecision.Rejected } last ? last : null;
}

public sealed record RevisionEntry(int Number, string Note, string AuthorName, DateTime AtUtc);

/// <summary>A document as its editors see it; <see cref="Rules"/> is a detached copy for the permission checks.</summary>
public sealed record ManagerDocument(
    Document Rules, DocumentInput Input, string DraftingUnitName, IReadOnlyList<string> CoIssuingUnitNames, string CategoryName,
    string? ReplacedBySlug, IReadOnlyList<ManagerInterpretationRow> Interpretations, IReadOnlyList<ReviewEntry> Reviews,
    IReadOnlyList<RevisionEntry> Revisions, bool ActorIsAuthor)
{
    /// <summary>A draft whose last review returned it (已退回): the comment the drafter works from.</summary>
    public ReviewEntry? Returned => ReviewEntry.ReturnedDraft(Rules.Status, Reviews);
}

public sealed record ManagerInterpretation(
    Interpretation Rules, InterpretationInput Input, string UnitName, IReadOnlyList<RevisionEntry> Revisions);

public sealed record Choice(string Code, string Name);
