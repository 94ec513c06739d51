
namespace PolicyLibrary.Audit;

/// <summary>One audit event as the administrators' audit page shows it, its time in Beijing time.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, AuditAction Action, string ActorName, string? UserName, string? OrgUnitName,
    int? DocumentId, string? DocumentTitle, string Detail)
{
    public string ActionLabel => EnumLabels<AuditAction>.Of(Action);
}
