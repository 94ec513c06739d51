namespace PolicyLibrary.Training;

/// <summary>参训范围: any of the session's roles or units; a session naming neither is for every staff member.</summary>
public static class SessionAudience
{
    public static bool Includes(TrainingSession session, CheckInAttendee attendee) =>
        Includes(session.AudienceRoles, session.AudienceUnits.Select(u => u.Id).ToList(), attendee.OrgUnitId, attendee.Roles);

    public static bool Includes(IReadOnlyCollection<string> roles, IReadOnlyCollection<int> unitIds, int orgUnitId, IReadOnlySet<string> memberRoles) =>
        (roles.Count == 0 && unitIds.Count == 0) || unitIds.Contains(orgUnitId) || roles.Any(memberRoles.Contains);
}
