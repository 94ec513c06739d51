namespace PolicyLibrary.Organisation;

/// <summary>Who is acting: the signed-in staff member as the core's rules see them.</summary>
public sealed record Actor(string UserId, string DisplayName, int OrgUnitId, IReadOnlySet<string> Roles)
{
    public bool Is(string role) => Roles.Contains(role);
}
