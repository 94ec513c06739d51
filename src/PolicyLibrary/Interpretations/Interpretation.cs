using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Interpretations;

/// <summary>A 政策解读 of one document, written by the document's drafting unit (谁起草，谁解读).</summary>
public class Interpretation : IVersioned
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int DocumentId { get; set; }
    public Document? Document { get; set; }
    public required string Title { get; set; }
    public InterpretationForm Form { get; set; }
    public int InterpretingUnitId { get; set; }
    public OrgUnit? InterpretingUnit { get; set; }
    public required string AuthorName { get; set; }
    public string Summary { get; set; } = "";
    public required string BodyMarkdown { get; set; }
    public required string BodyHtml { get; set; }
    public WorkflowStatus Status { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public DateTime? ScheduledPublishAtUtc { get; set; }
    public string? CreatedById { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime UpdatedAtUtc { get; set; }
}
