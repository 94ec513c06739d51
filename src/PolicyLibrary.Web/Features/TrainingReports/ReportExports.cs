using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;

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

    public static byte[] Xlsx(string sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet(sheet);
        for (var c = 0; c < header.Count; c++)
        {
            ws.Cell(1, c + 1).Value = header[c];
            ws.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                ws.Cell(r, c + 1).Value = row[c] switch
                {
                    null => "",
                    int i => i,
                    double d => d,
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                };
            }

            r++;
        }

        ws.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
