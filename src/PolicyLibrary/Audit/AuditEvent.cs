
namespace PolicyLibrary.Audit;

/// <summary>Something someone did (or tried to do), kept for administrators to filter by person, unit, document and date.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public AuditAction Action { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public int? OrgUnitId { get; set; }
    public int? DocumentId { get; set; }
    public required string Detail { get; set; }
}
