using System.Globalization;
using PolicyLibrary.Library;

namespace PolicyLibrary.Search;

/// <summary>A search, checked: what is not understood is named in <see cref="Problems"/> and left out.</summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 100;

    public string Query { get; init; } = "";
    public DocumentFilter Filter { get; init; } = new();
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? NumberYear { get; init; }
    public int? Number { get; init; }
    public bool ByDate { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];

    public static SearchRequest FromQuery(string? q, string? category, string? organ, string? kind, string? validity, string? from, string? to,
        string? numberYear, string? number, string? sort, string? page, string? pageSize = null)
    {
        var filter = DocumentFilter.FromQuery(category, organ, null, kind, validity, page);
        var problems = filter.Ignored.ToList();
        var query = new string((q ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (query.Length > MaxQueryLength)
        {
            problems.Add($"搜索词不能超过 {MaxQueryLength} 个字");
            query = query[..MaxQueryLength];
        }

        DateOnly? Date(string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add($"{what}“{value[..Math.Min(value.Length, 20)]}”无效");
            return null;
        }

        int? Whole(string? value, string what, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            problems.Add($"{what}“{value[..Math.Min(value.Length, 20)]}”无效");
            return null;
        }

        var size = Whole(pageSize, "pageSize", 1, 100) ?? LibraryQueries.PageSize;
        if (sort is not (null or "" or "relevance" or "date"))
        {
            problems.Add($"排序方式“{sort[..Math.Min(sort.Length, 20)]}”无效");
        }

        return new SearchRequest
        {
            Query = query,
            Filter = filter with { PageSize = size },
            From = Date(from, "起始日期"),
            To = Date(to, "截止日期"),
            NumberYear = Whole(numberYear, "发文年份", 1949, 2100),
            Number = Whole(number, "文号", 1, 99999),
            ByDate = sort == "date",
            Problems = problems,
        };
    }
}
