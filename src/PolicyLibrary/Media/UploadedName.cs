using System.Globalization;

namespace PolicyLibrary.Media;

/// <summary>
/// The uploader's file name, checked before anything else: it is only ever shown and offered as a download name
/// (files are stored by hash), but a name that hides its real type or tries to climb folders is refused outright.
/// </summary>
public sealed record UploadedName(string DisplayName, string Extension)
{
    public const int MaxLength = 120;

    /// <summary>The checked name, or the Chinese reason it is refused.</summary>
    public static (UploadedName? Name, string? Problem) Check(string? raw)
    {
        var name = (raw ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim();
        if (name.Length == 0)
        {
            return (null, "文件名为空。");
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            return (null, "文件名不能包含路径（/、\\ 或 ..）。");
        }

        if (name.Any(IsHidden))
        {
            return (null, "文件名包含控制字符或文字方向控制符，可能掩盖真实类型，请重命名后再上传。");
        }

        if (name.IndexOfAny(['<', '>', ':', '"', '|', '?', '*']) >= 0)
        {
            return (null, "文件名不能包含 < > : \" | ? * 等字符。");
        }

        if (name.Length > MaxLength)
        {
            return (null, $"文件名过长（{name.Length} 个字符），请控制在 {MaxLength} 个字符以内。");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (Path.GetFileNameWithoutExtension(name).Trim().Length == 0)
        {
            return (null, "文件名缺少主名。");
        }

        if (extension is ".svg" or ".svgz")
        {
            return (null, "不接受 SVG 图片（其中可以嵌入脚本），请导出为 PNG 或 JPEG 后上传。");
        }

        return MediaTypes.IsAccepted(extension)
            ? (new UploadedName(name, extension), null)
            : (null, $"不接受扩展名为“{(extension.Length == 0 ? "（无）" : extension)}”的文件。可上传图片（PNG、JPEG、WebP、GIF）、附件（PDF、DOCX、XLSX、PPTX、ODT、ODS、DOC、XLS）、音视频（MP4、MP3、M4A）或字幕（VTT）。");
    }

    /// <summary>Control characters and the bidirectional overrides that make <c>exe.pdf</c> read as <c>fdp.exe</c>.</summary>
    private static bool IsHidden(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
