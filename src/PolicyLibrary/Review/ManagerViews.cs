using PolicyLibrary.Calendar;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Review;

// What the manager pages (/manager) get back from ManagerQueries: the editors' view, drafts and all.

public sealed record ManagerDocumentRow(
    int Id, string Title, string? DocumentNumber, DocumentKind Kind, WorkflowStatus Status, string UnitName,
    DateTime UpdatedAtUtc, int InterpretationsInReview);

public sealed record ManagerDashboard(
    string UnitName, IReadOnlyList<ManagerDocumentRow>? UnitDocuments, IReadOnlyList<ManagerDocumentRow>? ReviewQueue,
    IReadOnlyList<InterpretationDeadline> Deadlines, IReadOnlyList<int> MissingCalendarYears);

public sealed record ManagerInterpretationRow(int Id, string Title, InterpretationForm Form, WorkflowStatus Status, string AuthorName);

public sealed record ReviewEntry(ReviewDecision Decision, string Scope, string Comment, string ReviewerName, DateTime AtUtc);

public sealed record RevisionEntry(int Number, string Note, string AuthorName, DateTime AtUtc);

/// <summary>A document as its editors see it; <see cref="Rules"/> is a detached copy for the permission checks.</summary>
public sealed record ManagerDocument(
    Document Rules, DocumentInput Input, string DraftingUnitName, IReadOnlyList<string> CoIssuingUnitNames, string CategoryName,
    string? ReplacedBySlug, IReadOnlyList<ManagerInterpretationRow> Interpretations, IReadOnlyList<ReviewEntry> Reviews,
    IReadOnlyList<RevisionEntry> Revisions, bool ActorIsAuthor);

public sealed record ManagerInterpretation(
    Interpretation Rules, InterpretationInput Input, string UnitName, IReadOnlyList<RevisionEntry> Revisions);

public sealed record Choice(string Code, string Name);
