namespace PolicyLibrary.Organisation;

/// <summary>An org unit as the administrators' list shows it, with how many staff belong to it.</summary>
public sealed record OrgUnitRow(int Id, string Code, string Name, string ShortName, OrgUnitKind Kind, int StaffCount, string? IndexCode = null);
