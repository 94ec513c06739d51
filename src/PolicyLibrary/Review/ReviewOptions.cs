using PolicyLibrary.Documents;

namespace PolicyLibrary.Review;

/// <summary>The review rules an office may set (<c>PolicyLibrary:Review</c>).</summary>
public sealed class ReviewOptions
{
    /// <summary>Kinds submitted together with their interpretation or an interpretation plan (同步审签).</summary>
    public List<DocumentKind> KindsRequiringInterpretation { get; set; } = [DocumentKind.Regulation, DocumentKind.NormativeDocument];

    /// <summary>Working days after publication by which a trailing interpretation must be published.</summary>
    public int InterpretationDeadlineWorkingDays { get; set; } = 3;

    public bool RequiresInterpretation(DocumentKind kind) => KindsRequiringInterpretation.Contains(kind);
}
