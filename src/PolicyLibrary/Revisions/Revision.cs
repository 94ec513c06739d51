
namespace PolicyLibrary.Revisions;

/// <summary>
/// A saved state of a document or an interpretation: every save adds one. The snapshot is the editor's input
/// as JSON, so any revision can be compared with another or restored as a new revision.
/// </summary>
public class Revision
{
    public int Id { get; set; }
    public RevisionSubject Subject { get; set; }
    public int SubjectId { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public required string Snapshot { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string Note { get; set; }
    public DateTime AtUtc { get; set; }
}
