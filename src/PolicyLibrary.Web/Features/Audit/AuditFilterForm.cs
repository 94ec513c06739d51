using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PolicyLibrary.Audit;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Audit;

/// <summary>
/// The audit page's query, typed: a value that does not bind (a date that is not a date, an action that is not one, a
/// page that is not a number) is model binding's Chinese message, named by the field's display name
/// (<see cref="Hosting.ChineseBindingMessages"/>); what needs more than the value (the unit exists, the dates in order,
/// the years the office keeps) is checked by <see cref="ToFilter"/>.
/// </summary>
public sealed class AuditFilterForm
{
    [Display(Name = "人员")]
    [StringLength(100, ErrorMessage = "{0}的搜索词最长 100 个字。")]
    public string? Person { get; set; }

    /// <summary>A unit's code, from the list.</summary>
    [Display(Name = "单位")]
    public string? Unit { get; set; }

    /// <summary>A document's number (编号), or words of its title.</summary>
    [Display(Name = "文件")]
    [StringLength(100, ErrorMessage = "{0}的搜索词最长 100 个字。")]
    public string? Document { get; set; }

    /// <summary>An action by name (never its number: <see cref="Hosting.EnumNameModelBinder"/>).</summary>
    [Display(Name = "操作类型")]
    public AuditAction? Action { get; set; }

    /// <summary>A Beijing date.</summary>
    [Display(Name = "起始日期")]
    public DateOnly? From { get; set; }

    [Display(Name = "截止日期")]
    public DateOnly? To { get; set; }

    [Display(Name = "页码")]
    [Range(1, int.MaxValue, ErrorMessage = "{0}应为正整数。")]
    public int? Page { get; set; }

    /// <summary>The filter, or model binding's <paramref name="bindingProblems"/> with the problems found here.</summary>
    public (AuditFilter? Filter, IReadOnlyList<string> Problems) ToFilter(IReadOnlyList<OrgUnitRow> units, IEnumerable<string> bindingProblems)
    {
        var problems = bindingProblems.ToList();
        int? unitId = null;
        if (Unit?.Trim() is { Length: > 0 } code)
        {
            unitId = units.FirstOrDefault(u => u.Code == code)?.Id;
            if (unitId is null)
            {
                problems.Add($"单位“{Shorten(code)}”不存在，请从列表中选择。");
            }
        }

        // The audit log starts with the office's site; a year far off is a mistyped one, not an empty result.
        foreach (var (date, label) in new[] { (From, "起始日期"), (To, "截止日期") })
        {
            if (date is { Year: < 2000 or > 2100 })
            {
                problems.Add($"{label}应在 2000 年至 2100 年之间。");
            }
        }

        if (From > To)
        {
            problems.Add("起始日期不能晚于截止日期。");
        }

        var person = Person?.Trim() is { Length: > 0 } p ? p : null;
        var document = Document?.Trim() is { Length: > 0 } d ? d : null;
        // The document field is a number or title words: a number searches by 编号, anything else by title.
        int? documentId = document is not null && int.TryParse(document, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return problems.Count > 0 ? (null, problems)
            : (new AuditFilter(person, unitId, documentId, documentId is null ? document : null, Action, From, To, Page ?? 1), problems);
    }

    /// <summary>This filter on another page, for the pager's links.</summary>
    public Dictionary<string, string> Query(int page) => new[]
    {
        ("person", Person), ("unit", Unit), ("document", Document), ("action", Action?.ToString()),
        ("from", From is { } from ? ChinaTime.Date(from) : null), ("to", To is { } to ? ChinaTime.Date(to) : null),
        ("page", page.ToString(CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrEmpty(p.Item2)).ToDictionary(p => p.Item1, p => p.Item2!);

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
