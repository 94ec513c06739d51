using System.Globalization;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Features.Admin;

/// <summary>
/// The audit page's query string as typed (every value a string, so nothing fails to bind), turned into an
/// <see cref="AuditFilter"/> or into messages that say which value is wrong.
/// </summary>
public sealed class AuditFilterForm
{
    public string? Person { get; set; }
    public string? Unit { get; set; }
    public string? Document { get; set; }
    public string? Action { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Page { get; set; }

    public (AuditFilter? Filter, IReadOnlyList<string> Problems) Parse(IReadOnlyList<OrgUnitRow> units)
    {
        var problems = new List<string>();
        var person = Text(Person, "人员", problems);
        var document = Text(Document, "文件", problems);

        int? unitId = null;
        if (Unit?.Trim() is { Length: > 0 } code)
        {
            unitId = units.FirstOrDefault(u => u.Code == code)?.Id;
            if (unitId is null)
            {
                problems.Add($"单位“{Shorten(code)}”不存在，请从列表中选择。");
            }
        }

        AuditAction? action = null;
        if (Action?.Trim() is { Length: > 0 } name)
        {
            if (EnumLabels<AuditAction>.TryParseName(name, out var parsed))
            {
                action = parsed;
            }
            else
            {
                problems.Add($"操作类型“{Shorten(name)}”无效，请从列表中选择。");
            }
        }

        var from = Date(From, "起始日期", problems);
        var to = Date(To, "截止日期", problems);
        if (from > to)
        {
            problems.Add("起始日期不能晚于截止日期。");
        }

        var page = 1;
        if (Page?.Trim() is { Length: > 0 } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            problems.Add("页码应为正整数。");
        }

        int? documentId = document is not null && int.TryParse(document, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return problems.Count > 0 ? (null, problems)
            : (new AuditFilter(person, unitId, documentId, documentId is null ? document : null, action, from, to, page), problems);
    }

    public Dictionary<string, string> Query(int page) => new[]
    {
        ("person", Person), ("unit", Unit), ("document", Document), ("action", Action), ("from", From), ("to", To),
        ("page", page.ToString(CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrEmpty(p.Item2)).ToDictionary(p => p.Item1, p => p.Item2!);

    private static string? Text(string? value, string label, List<string> problems)
    {
        var text = value?.Trim();
        if (text is { Length: > 100 })
        {
            problems.Add($"{label}的搜索词最长 100 个字。");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static DateOnly? Date(string? value, string label, List<string> problems)
    {
        if (value?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        problems.Add($"{label}“{Shorten(text)}”无效，请按 2024-01-31 的格式填写。");
        return null;
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
