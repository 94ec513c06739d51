using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLibrary.Content;

/// <summary>Turns the string fields of one content file into domain values, collecting every problem with its field name.</summary>
internal sealed partial class FieldParser(string file, List<ContentError> errors)
{
    public bool HasErrors { get; private set; }

    public void Problem(string message)
    {
        HasErrors = true;
        errors.Add(new ContentError(file, message));
    }

    public string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem($"缺少必填字段 {field}。");
            return "";
        }

        return Optional(value, field, maxLength) ?? "";
    }

    public string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length > maxLength)
        {
            Problem($"字段 {field} 超过 {maxLength} 个字符。");
        }

        return value;
    }

    public TEnum Enum<TEnum>(string? value, string field, TEnum? fallback = null) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } defaultValue)
        {
            return defaultValue;
        }

        if (EnumLabels<TEnum>.TryParse(value, out var parsed))
        {
            return parsed;
        }

        Problem($"字段 {field} 的值“{value}”无效，应为：{EnumLabels<TEnum>.AllLabels}。");
        return default;
    }

    public DateOnly? Date(string? value, string field, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Problem($"缺少必填字段 {field}。");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem($"字段 {field} 的值“{value}”不是有效日期（应为 yyyy-MM-dd）。");
        return null;
    }

    /// <summary>An ISO 8601 time with offset; without an offset it is read as Beijing time.</summary>
    public DateTime? TimeUtc(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset.UtcDateTime;
        }

        if (DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, ChinaTime.Offset).UtcDateTime;
        }

        Problem($"字段 {field} 的值“{value}”不是有效时间（应为 2016-03-13T09:00:00+08:00）。");
        return null;
    }

    public string Code(string? value, string field)
    {
        var code = Required(value, field, 100);
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            Problem($"字段 {field} 的值“{code}”无效：只能使用小写字母、数字和连字符。");
        }

        return code;
    }

    public static bool IsCode(string value) => value.Length <= 100 && CodePattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex CodePattern();
}
