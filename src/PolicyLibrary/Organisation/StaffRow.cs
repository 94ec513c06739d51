namespace PolicyLibrary.Organisation;

/// <summary>A staff account as the administrators' list shows it; roles are role keys (<see cref="Roles"/>).</summary>
public sealed record StaffRow(
    string Id, string UserName, string DisplayName, string Email, int OrgUnitId, string OrgUnitCode, string OrgUnitName,
    IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil)
{
    public bool Locked => LockedUntil is not null;
}
