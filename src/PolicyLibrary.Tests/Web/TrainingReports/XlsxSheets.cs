using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyLibrary.Tests.Web.TrainingReports;

/// <summary>Reads an exported workbook back as text, sheet by sheet in order, each a list of rows of cell texts (A, B, … by position).</summary>
internal static class XlsxSheets
{
    public static IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var book = document.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return book.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            IReadOnlyList<IReadOnlyList<string>> rows = part.Worksheet.Descendants<Row>()
                .Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(c => Text(c, shared)).ToList()).ToList();
            return (sheet.Name!.Value!, rows);
        }).ToList();
    }

    public static IReadOnlyList<IReadOnlyList<string>> Sheet(byte[] xlsx, string name) => Read(xlsx).Single(s => s.Name == name).Rows;

    private static string Text(Cell cell, List<string> shared) =>
        cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.CellValue?.Text ?? "";
}
