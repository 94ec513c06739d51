using System.Globalization;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Library;
using PolicyLibrary.Review;

namespace PolicyLibrary.Manager;

/// <summary>How the manager's lists are ordered.</summary>
public enum ManagerListSort
{
    Updated = 0,
    Written = 1,
    Published = 2,
    Title = 3,
}

/// <summary>
/// The filters of the manager's document and interpretation lists, built from raw query values: a value that is not
/// understood is dropped and named in <see cref="Ignored"/>, as on the public list.
/// </summary>
public sealed record ManagerListFilter
{
    public const int PageSize = 30;
    public const int MaxTextLength = 100;

    public string? Unit { get; init; }
    public WorkflowStatus? Status { get; init; }
    public Validity? Validity { get; init; }
    public DisclosureAttribute? Disclosure { get; init; }
    public DocumentKind? Kind { get; init; }
    public InterpretationForm? Form { get; init; }
    public string? Category { get; init; }

    /// <summary>The year written (成文日期): every document has one, drafts included.</summary>
    public int? Year { get; init; }

    /// <summary>Part of the title, 发文字号 or 索引号.</summary>
    public string? Text { get; init; }

    public ManagerListSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public IReadOnlyList<string> Ignored { get; init; } = [];

    public bool IsEmpty => Unit is null && Status is null && Validity is null && Disclosure is null && Kind is null && Form is null
        && Category is null && Year is null && Text is null;

    public static ManagerListFilter FromQuery(Func<string, string?> query)
    {
        var ignored = new List<string>();
        T? Parse<T>(string key, string what) where T : struct, Enum
        {
            var value = query(key);
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (EnumLabels<T>.TryParseName(value, out var parsed))
            {
                return parsed;
            }

            ignored.Add($"{what}“{Shorten(value)}”无效");
            return null;
        }

        string? Text(string key, string what, int max)
        {
            var value = query(key)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            if (value.Length <= max && !value.Any(char.IsControl))
            {
                return value;
            }

            ignored.Add($"{what}“{Shorten(value)}”无效");
            return null;
        }

        int? year = null;
        if (query("year") is { Length: > 0 } y)
        {
            if (int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1949 and <= 2100)
            {
                year = parsed;
            }
            else
            {
                ignored.Add($"年份“{Shorten(y)}”无效");
            }
        }

        return new ManagerListFilter
        {
            Unit = Text("unit", "单位", 64),
            Status = Parse<WorkflowStatus>("status", "状态"),
            Validity = Parse<Validity>("validity", "有效性"),
            Disclosure = Parse<DisclosureAttribute>("disclosure", "公开属性"),
            Kind = Parse<DocumentKind>("kind", "文件类型"),
            Form = Parse<InterpretationForm>("form", "解读形式"),
            Category = Text("category", "分类", 64),
            Year = year,
            Text = Text("q", "关键词", MaxTextLength),
            Sort = Parse<ManagerListSort>("sort", "排序") ?? ManagerListSort.Updated,
            Page = DocumentFilter.ParsePage(query("page"), ignored),
            Ignored = ignored,
        };
    }

    private static string Shorten(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
