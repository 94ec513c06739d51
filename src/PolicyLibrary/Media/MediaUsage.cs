namespace PolicyLibrary.Media;

/// <summary>
/// A document or interpretation refers to a stored file. Kept in step with the Markdown body on every save, so
/// "where used", "may it be deleted" and "may the public fetch it" are questions about rows, not text scans.
/// </summary>
public class MediaUsage
{
    public int Id { get; set; }
    public int MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public int? DocumentId { get; set; }
    public Documents.Document? Document { get; set; }
    public int? InterpretationId { get; set; }
    public Interpretations.Interpretation? Interpretation { get; set; }
}
