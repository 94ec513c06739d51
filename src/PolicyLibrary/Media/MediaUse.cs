namespace PolicyLibrary.Media;

/// <summary>Where a file is used: a document or an interpretation, with its title and whether the public can see it.</summary>
public sealed record MediaUse(string Kind, int DocumentId, int? InterpretationId, string Title, bool IsPublic);
