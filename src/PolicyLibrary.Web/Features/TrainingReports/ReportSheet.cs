namespace PolicyLibrary.Web.Features.TrainingReports;

/// <summary>One sheet of an exported workbook: its name, the header row and the rows (numbers stay numbers).</summary>
public sealed record ReportSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);
