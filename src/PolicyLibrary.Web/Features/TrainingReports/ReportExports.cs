using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyLibrary.Web.Features.TrainingReports;

/// <summary>
/// A report table as CSV (UTF-8 with a BOM, so Excel opens the Chinese right) or as XLSX. A table with no rows is still
/// a valid file with its header row.
/// </summary>
public static class ReportExports
{
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value);
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(string sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) => Xlsx(new ReportSheet(sheet, header, rows));

    /// <summary>One workbook, a sheet per table: the header row bold and frozen, numbers as numbers, text as inline strings.</summary>
    public static byte[] Xlsx(params ReportSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
            var list = book.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, header, rows) in sheets)
            {
                var data = new SheetData(Row(1, header, BoldStyle));
                uint r = 2;
                foreach (var row in rows)
                {
                    data.Append(Row(r++, row, null));
                }

                var part = book.AddNewPart<WorksheetPart>();
                var frozen = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
                part.Worksheet = new Worksheet(new SheetViews(new SheetView(frozen) { WorkbookViewId = 0 }), data);
                list.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private const uint BoldStyle = 1;

    private static Row Row(uint number, IEnumerable<object?> values, uint? style)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            var cell = value switch
            {
                int i => new Cell { CellValue = new CellValue(i) },
                double d => new Cell { CellValue = new CellValue(d) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) },
            };
            cell.CellReference = ColumnName(column++) + number.ToString(CultureInfo.InvariantCulture);
            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>A, B, … Z, AA …: the column's letters in a cell reference.</summary>
    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
