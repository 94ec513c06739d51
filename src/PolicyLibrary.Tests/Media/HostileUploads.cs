namespace PolicyLibrary.Tests.Media;

/// <summary>
/// Files an attacker (or a careless colleague) might upload, all made here: polyglots, lies about the type, broken
/// images, decompression bombs and enormous canvases, SVG, empty files and names meant to mislead or climb folders.
/// The media site runs with 1 MB limits, so "too large" needs only a little over a megabyte.
/// </summary>
public static class HostileUploads
{
    public const long Limit = 1024 * 1024;

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var (label, _, _, _) in Files())
        {
            data.Add(label);
        }

        return data;
    }

    /// <summary>The file's name, its bytes, and a piece of the reason it must be refused with.</summary>
    public static (string FileName, byte[] Content, string Reason) Get(string label)
    {
        var (_, reason, name, content) = Files().Single(f => f.Label == label);
        return (name, content(), reason);
    }

    private static IEnumerable<(string Label, string Reason, string Name, Func<byte[]> Content)> Files()
    {
        const string script = "<script>alert(document.cookie)</script>";
        var png = TestFiles.Png();
        var jpeg = TestFiles.Jpeg();
        yield return ("GIF 头 + HTML/JS 多语言文件", "图片尺寸过大", "chart.gif", () => [.. "GIF89a"u8, .. TestFiles.Ascii("/*<html>" + script + "*/")]);
        yield return ("JPEG 头 + HTML", "无法解码", "photo.jpg", () => [0xFF, 0xD8, 0xFF, 0xE0, .. TestFiles.Ascii("<html><body>" + script + "</body></html>")]);
        yield return ("PNG 签名 + HTML", "无法解码", "diagram.png", () => [.. png[..8], .. TestFiles.Ascii(script)]);
        yield return ("PNG 之后附加 HTML", "附加了其他内容", "after-iend.png", () => [.. png, .. TestFiles.Ascii(script)]);
        yield return ("JPEG 之后附加 ZIP", "附加了其他内容", "gifar.jpg", () => [.. jpeg, .. TestFiles.Docx()]);
        yield return ("实为 ZIP 的 PDF", "不是 PDF", "report.pdf", () => TestFiles.Docx());
        yield return ("改名为 PDF 的 EXE", "不是 PDF", "setup.pdf", () => [.. "MZ"u8, .. new byte[58], .. "PE\0\0"u8, .. new byte[200]]);
        yield return ("HTML 开头、后面才有 %PDF-", "不是 PDF", "notice.pdf", () => TestFiles.Ascii("<!DOCTYPE html><html>" + script + "</html>\n%PDF-1.4\n%%EOF"));
        yield return ("截断的 PDF（无 %%EOF）", "PDF 文档不完整", "cut.pdf", () => TestFiles.Pdf()[..30]);
        yield return ("没有 [Content_Types].xml 的 DOCX", "不是有效的Word", "plain.docx", () => TestFiles.Zip(("word/document.xml", "<w:document/>")));
        yield return ("扩展名为 XLSX 的 Word 文档", "不是有效的Excel", "table.xlsx", () => TestFiles.Docx());
        yield return ("含宏的 DOCX", "包含宏", "macro.docx", () => TestFiles.Zip(
            ("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"),
            ("word/vbaProject.bin", "Attribute VB_Name")));
        yield return ("mimetype 不符的 ODT", "不是有效的ODT", "minutes.odt", () => TestFiles.Odt("application/vnd.oasis.opendocument.spreadsheet"));
        yield return ("扩展名为 DOCX 的 PDF", "不是有效的Word", "letter.docx", () => TestFiles.Pdf());
        yield return ("随机字节的 XLS", "不是有效的Excel 97-2003", "old.xls", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]);
        yield return ("扩展名为 JPG 的 PNG", "内容是 PNG", "wrong.jpg", () => png);
        yield return ("扩展名为 PNG 的 JPEG", "内容是 JPEG", "wrong.png", () => jpeg);
        yield return ("截断的 PNG", "图片不完整", "half.png", () => png[..(png.Length / 2)]);
        yield return ("截断的 JPEG", "无法解码", "half.jpg", () => jpeg[..(jpeg.Length / 2)]);
        yield return ("解压炸弹：20000×20000 的 PNG", "20000×20000", "bomb.png", () => TestFiles.PngBomb(20_000, 20_000, withPixels: true));
        yield return ("超大画布：8000×8000 的 PNG（超过像素上限）", "8000×8000", "huge.png", () => TestFiles.PngBomb(8_000, 8_000, withPixels: false));
        yield return ("超大画布：100000×100000 的 PNG 头", "100000×100000", "canvas.png", () => TestFiles.PngBomb(100_000, 100_000, withPixels: false));
        yield return ("超大画布：65000×65000 的 JPEG 头", "65000×65000", "canvas.jpg", () => TestFiles.JpegHeader(65_000, 65_000));
        yield return ("超大画布：65535×65535 的 GIF 头", "65535×65535", "canvas.gif", () => TestFiles.GifHeader(65_535, 65_535));
        yield return ("带脚本的 SVG", "不接受 SVG", "logo.svg", () => TestFiles.Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        yield return ("伪装成 PNG 的 SVG", "不是受支持的图片", "logo.png", () => TestFiles.Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        yield return ("伪装成 JPG 的 HTML", "不是受支持的图片", "page.jpg", () => TestFiles.Ascii("<!DOCTYPE html><html><body>" + script + "</body></html>"));
        yield return ("BMP 图片（不支持的格式）", "不是受支持的图片", "scan.png", () => [.. "BM"u8, .. new byte[52]]);
        yield return ("0 字节", "文件为空", "empty.png", () => []);
        yield return ("路径穿越文件名", "不能包含路径", "../../etc/passwd.png", () => png);
        yield return ("Windows 路径文件名", "不能包含路径", @"C:\fakepath\..\evil.png", () => png);
        yield return ("文件名含 NUL", "控制字符", "image\0.png", () => png);
        yield return ("300 个字符的文件名", "文件名过长", new string('长', 296) + ".png", () => png);
        yield return ("超过大小上限的 PDF", "附件不能超过 1 MB", "big.pdf", () => TestFiles.Pdf(padding: (int)Limit + 10));
        yield return ("超过大小上限的 MP4", "音视频不能超过 1 MB", "big.mp4", () => TestFiles.IsoMedia(payload: (int)Limit + 10));
        yield return ("改了扩展名的文本 MP3", "不是有效的 MP3 音频", "speech.mp3", () => TestFiles.Ascii("not audio at all"));
        yield return ("截断的 MP4", "不完整或已损坏", "cut.mp4", () => TestFiles.IsoMedia()[..^10]);
        yield return ("超过大小上限的 PNG", "图片不能超过 1 MB", "big.png", () => TestFiles.NoisePng(800, 600));
        yield return ("双扩展名 a.pdf.exe", "“.exe”", "a.pdf.exe", () => [.. "MZ"u8, .. new byte[100]]);
        yield return ("RTL 覆盖字符掩盖扩展名", "文字方向控制符", "invoice\u202Egnp.exe", () => [.. "MZ"u8, .. new byte[100]]);
        yield return ("RTL 覆盖字符藏在 PNG 名中", "文字方向控制符", "photo\u202Egnp.png", () => png);
        yield return ("没有扩展名", "“（无）”", "README", () => TestFiles.Ascii("hello"));
        yield return ("只有扩展名", "缺少主名", ".png", () => png);
        yield return ("HTML 文件", "“.html”", "index.html", () => TestFiles.Ascii(script));
        yield return ("含零宽字符的文件名", "控制字符", "pho\u200Bto.png", () => png);
        yield return ("文件名含 < > 等字符", "不能包含 <", "<img onerror=alert(1)>.png", () => png);
    }
}
