using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Audit;

/// <summary>Adds audit events to the unit of work, so an action and its record are saved together or not at all.</summary>
public sealed class AuditLog(PolicyLibraryDbContext db, TimeProvider clock)
{
    public void Record(Actor actor, AuditAction action, string detail, int? documentId = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Action = action,
            ActorId = actor.UserId.Length > 0 ? actor.UserId : null,
            ActorName = actor.DisplayName,
            OrgUnitId = actor.OrgUnitId > 0 ? actor.OrgUnitId : null,
            DocumentId = documentId,
            Detail = detail,
        });

    /// <summary>For events without a signed-in actor, such as a failed sign-in.</summary>
    public void Record(string actorName, AuditAction action, string detail) =>
        db.AuditEvents.Add(new AuditEvent { AtUtc = clock.GetUtcNow().UtcDateTime, Action = action, ActorName = actorName, Detail = detail });
}
