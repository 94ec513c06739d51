
namespace PolicyLibrary.Audit;

/// <summary>
/// What administrators filter audit events by: a person (actor's name or user name, part of it), a unit, a document
/// (its id, or words of its title), an action and a range of Beijing dates (both ends included).
/// </summary>
public sealed record AuditFilter(
    string? Person = null, int? OrgUnitId = null, int? DocumentId = null, string? DocumentWords = null,
    AuditAction? Action = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);
