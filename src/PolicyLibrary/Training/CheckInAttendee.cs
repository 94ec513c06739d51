using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>Who is checking in, as the audience rule needs them.</summary>
public sealed record CheckInAttendee(string UserId, int OrgUnitId, IReadOnlySet<string> Roles)
{
    public static CheckInAttendee Of(Actor actor) => new(actor.UserId, actor.OrgUnitId, actor.Roles);
}
