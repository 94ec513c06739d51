namespace PolicyLibrary.Organisation;

/// <summary>A new staff account: who, in which unit, in which roles, with a first password they will change.</summary>
public sealed record StaffInput(string UserName, string DisplayName, string Email, string OrgUnitCode, IReadOnlyList<string> Roles, string Password);
