namespace PolicyLibrary.Organisation;

/// <summary>What a user CSV upload came to: refused, a malformed file (nothing stored) with the reason, or the per-row report.</summary>
public sealed record StaffCsvResult(string? Refusal, string? Problem, IReadOnlyList<StaffImportRow> Rows)
{
    public static StaffCsvResult Refused(string reason) => new(reason, null, []);

    public static StaffCsvResult Malformed(string problem) => new(null, problem, []);

    public static StaffCsvResult Imported(IReadOnlyList<StaffImportRow> rows) => new(null, null, rows);
}
