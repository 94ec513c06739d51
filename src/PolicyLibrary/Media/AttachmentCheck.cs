using System.IO.Compression;
using System.Text;

namespace PolicyLibrary.Media;

/// <summary>
/// An attachment's type is decided by its content, and the extension must agree: a PDF starts with <c>%PDF-</c> and
/// ends with <c>%%EOF</c>; Office Open XML files are zips whose <c>[Content_Types].xml</c> names the right main part;
/// OpenDocument files are zips whose <c>mimetype</c> entry says what they are; old Office files are OLE2 containers
/// holding the right stream. Macro-carrying packages are refused.
/// </summary>
public static class AttachmentCheck
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Null when the bytes are what the extension says, else the Chinese reason.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes, string extension) => extension switch
    {
        ".pdf" => Pdf(bytes),
        ".docx" => OpenXml(bytes.ToArray(), "wordprocessingml.document.main+xml", "Word 文档（DOCX）"),
        ".xlsx" => OpenXml(bytes.ToArray(), "spreadsheetml.sheet.main+xml", "Excel 表格（XLSX）"),
        ".pptx" => OpenXml(bytes.ToArray(), "presentationml.presentation.main+xml", "演示文稿（PPTX）"),
        ".odt" => OpenDocument(bytes.ToArray(), "application/vnd.oasis.opendocument.text", "ODT 文档"),
        ".ods" => OpenDocument(bytes.ToArray(), "application/vnd.oasis.opendocument.spreadsheet", "ODS 表格"),
        ".doc" => Compound(bytes, "WordDocument", "Word 97-2003 文档（DOC）"),
        ".xls" => Compound(bytes, "Workbook", "Excel 97-2003 表格（XLS）"),
        ".mp4" => RecordingCheck.IsoMedia(bytes, video: true),
        ".m4a" => RecordingCheck.IsoMedia(bytes, video: false),
        ".mp3" => RecordingCheck.Mp3(bytes),
        ".vtt" => RecordingCheck.WebVtt(bytes),
        _ => "不支持的附件类型。",
    };

    private static string? Pdf(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("%PDF-"u8))
        {
            return "文件扩展名为 .pdf，但内容不是 PDF 文档。";
        }

        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) < 0 ? "PDF 文档不完整（缺少文件结束标记），请重新导出后上传。" : null;
    }

    private static string? OpenXml(byte[] bytes, string mainPart, string what)
    {
        var wrong = $"文件扩展名表明是{what}，但内容不是有效的{what}。";
        return ReadZip(bytes, wrong, zip =>
        {
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1_000_000)
            {
                return wrong;
            }

            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            if (xml.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                || zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return "不接受包含宏的 Office 文件，请另存为不含宏的格式后上传。";
            }

            return xml.Contains(mainPart, StringComparison.Ordinal) ? null : wrong;
        });
    }

    private static string? OpenDocument(byte[] bytes, string mimeType, string what)
    {
        var wrong = $"文件扩展名表明是{what}，但内容不是有效的{what}。";
        return ReadZip(bytes, wrong, zip =>
        {
            // The spec puts an uncompressed "mimetype" entry first; its text is the document's type.
            if (zip.Entries.Count == 0 || zip.Entries[0].FullName != "mimetype" || zip.Entries[0].Length > 200)
            {
                return wrong;
            }

            using var reader = new StreamReader(zip.Entries[0].Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == mimeType && zip.GetEntry("content.xml") is not null ? null : wrong;
        });
    }

    private static string? ReadZip(byte[] bytes, string wrong, Func<ZipArchive, string?> check)
    {
        if (!bytes.AsSpan().StartsWith(Zip))
        {
            return wrong;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return check(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return wrong;
        }
    }

    private static string? Compound(ReadOnlySpan<byte> bytes, string stream, string what)
    {
        // A full OLE2 parser is more than we need: the container magic plus the main stream's UTF-16 directory name.
        var name = Encoding.Unicode.GetBytes(stream);
        return bytes.StartsWith(Ole2) && bytes.Length >= 512 && bytes.IndexOf(name) >= 0
            ? null
            : $"文件扩展名表明是{what}，但内容不是有效的{what}。";
    }
}
