using Microsoft.AspNetCore.Identity;

namespace PolicyLibrary.Organisation;

/// <summary>A person who signs in: every one belongs to an org unit.</summary>
public class StaffMember : IdentityUser
{
    public required string DisplayName { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}
