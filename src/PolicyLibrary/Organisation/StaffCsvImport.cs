using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;

namespace PolicyLibrary.Organisation;

/// <summary>
/// A user CSV file as an administrator uploads it: checked as a whole first (text, UTF-8 or GB18030 as Excel saves it,
/// the header, six columns on every line, at most <see cref="MaxRows"/> rows), so a malformed file stores nothing;
/// then each row is created or refused by <see cref="StaffDirectory"/>, and the import as a whole is audited.
/// </summary>
public sealed class StaffCsvImport(StaffDirectory staff, AuditLog audit, PolicyLibraryDbContext db)
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>The template offered for download: UTF-8 with a byte-order mark, so Excel shows the Chinese header.</summary>
    public static byte[] Template { get; } = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(",", StaffDirectory.CsvHeader) + "\r\n")];

    static StaffCsvImport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<StaffCsvResult> ImportAsync(Actor actor, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return StaffCsvResult.Refused(refusal);
        }

        if (Check(content) is { } problem)
        {
            return StaffCsvResult.Malformed(problem);
        }

        var text = Decode(content)!;
        if (CheckStructure(text) is { } structure)
        {
            return StaffCsvResult.Malformed(structure);
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var rows = await staff.ImportCsvAsync(actor, stream, passwordChangeRequired: true, ct);
        var created = rows.Count(r => r.Created);
        audit.Record(actor, AuditAction.UserManaged,
            $"从 CSV 文件“{Shorten(fileName)}”导入用户：共 {rows.Count} 行，创建 {created} 个，拒绝 {rows.Count - created} 行");
        await db.SaveChangesAsync(ct);
        return StaffCsvResult.Imported(rows);
    }

    private static string? Check(byte[] content)
    {
        if (content.Length == 0)
        {
            return "文件是空的，请按模板填写后再上传。";
        }

        if (content.Length > MaxBytes)
        {
            return $"文件超过 {MaxBytes / 1024 / 1024} MB，请分批导入。";
        }

        var text = Decode(content);
        if (text is null || text.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t') || text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return "文件不是 CSV 文本文件（应为 UTF-8 或 GB18030 编码的逗号分隔文本，可在 Excel 中“另存为 CSV”）。";
        }

        return string.IsNullOrWhiteSpace(text) ? "文件是空的，请按模板填写后再上传。" : null;
    }

    /// <summary>Strict UTF-8 (with or without a byte-order mark), else GB18030 as Chinese Excel saves CSV; null if neither.</summary>
    private static string? Decode(byte[] content)
    {
        var preamble = Encoding.UTF8.GetPreamble();
        var start = content.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }

    private static string? CheckStructure(string text)
    {
        string? bad = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => bad ??= $"第 {args.Context.Parser?.Row} 行的引号不成对，无法读取。",
        };
        using var parser = new CsvParser(new StringReader(text), config);
        try
        {
            if (!parser.Read())
            {
                return "文件是空的，请按模板填写后再上传。";
            }

            var header = parser.Record?.Select(f => f.Trim()).ToArray() ?? [];
            if (!StaffDirectory.CsvHeader.SequenceEqual(header))
            {
                return $"第一行必须是表头：{string.Join(",", StaffDirectory.CsvHeader)}（可下载模板）。";
            }

            var rows = 0;
            while (parser.Read())
            {
                _ = parser.Record; // fields are parsed when read; bad data is found then
                if (bad is not null)
                {
                    return bad;
                }

                if (parser.Count != StaffDirectory.CsvHeader.Length)
                {
                    return $"第 {parser.Row} 行有 {parser.Count} 列，应为 {StaffDirectory.CsvHeader.Length} 列。文件未导入，请修改后重新上传。";
                }

                if (++rows > MaxRows)
                {
                    return $"一次最多导入 {MaxRows} 行，请分批导入。";
                }
            }

            return bad ?? (rows == 0 ? "文件只有表头，没有要导入的用户。" : null);
        }
        catch (CsvHelperException)
        {
            return "文件不是有效的 CSV 格式，无法读取。";
        }
    }

    private static string Shorten(string fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        return name.Length > 100 ? name[..100] : name;
    }
}
