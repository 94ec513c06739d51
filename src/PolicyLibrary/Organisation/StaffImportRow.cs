namespace PolicyLibrary.Organisation;

/// <summary>One line of a user CSV import and what became of it.</summary>
public sealed record StaffImportRow(int Line, string UserName, bool Created, string Message);
