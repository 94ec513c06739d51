
namespace PolicyLibrary.Review;

/// <summary>One 保密审查 decision on a document and the interpretations that went to review with it.</summary>
public class ReviewRecord
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public required string ReviewerId { get; set; }
    public required string ReviewerName { get; set; }
    public ReviewDecision Decision { get; set; }
    public required string Comment { get; set; }

    /// <summary>What was decided on, e.g. "文件及解读" or "解读".</summary>
    public required string Scope { get; set; }
    public DateTime AtUtc { get; set; }
}
