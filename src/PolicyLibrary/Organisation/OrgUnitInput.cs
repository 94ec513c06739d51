namespace PolicyLibrary.Organisation;

/// <summary>An org unit as an administrator types it: code (a-z, 0-9, -), full name, short name and kind.</summary>
public sealed record OrgUnitInput(string Code, string Name, string ShortName, OrgUnitKind Kind, string? IndexCode = null);
