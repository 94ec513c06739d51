using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Library;
using PolicyLibrary.Review;

namespace PolicyLibrary.Manager;

/// <summary>Where a document stands with its interpretation (谁起草，谁解读).</summary>
public enum InterpretationState
{
    /// <summary>Its kind needs none and it has none.</summary>
    NotRequired = 0,

    /// <summary>A published interpretation exists.</summary>
    Published = 1,

    /// <summary>One is being written or reviewed, none published yet.</summary>
    InProgress = 2,

    /// <summary>Published without one: owed by <see cref="ManagerListDocument.InterpretationDueOn"/>.</summary>
    Owed = 3,

    /// <summary>Published without one, and the due date has passed.</summary>
    Overdue = 4,

    /// <summary>Published without one, but the calendar lacks the year the due date falls into.</summary>
    CalendarMissing = 5,

    /// <summary>Not yet published and needing one: it is to be submitted and published together with the document.</summary>
    Pending = 6,
}

public sealed record ManagerListDocument(
    int Id, string Title, string? DocumentNumber, DocumentKind Kind, WorkflowStatus Status, Validity Validity, DisclosureAttribute Disclosure,
    string UnitName, string CategoryName, DateOnly WrittenOn, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc,
    InterpretationState Interpretation, DateOnly? InterpretationDueOn, int? MissingCalendarYear);

public sealed record ManagerListInterpretation(
    int Id, string Title, InterpretationForm Form, WorkflowStatus Status, string UnitName, string AuthorName,
    int DocumentId, string DocumentTitle, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc);

/// <summary>A page of a manager list, with the filter as understood and the choices its form offers.</summary>
public sealed record ManagerList<T>(
    PagedList<T> Page, ManagerListFilter Filter, IReadOnlyList<Choice> Units, IReadOnlyList<Choice> Categories, bool AllUnits);
