using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Staff;

/// <summary>The import form and, after an upload, either why the file was not read or what became of each row.</summary>
public sealed record StaffImportPage(string? Problem, IReadOnlyList<StaffImportRow>? Report, string? FileName)
{
    public int CreatedCount => Report?.Count(r => r.Created) ?? 0;

    public int RefusedCount => Report?.Count(r => !r.Created) ?? 0;
}
