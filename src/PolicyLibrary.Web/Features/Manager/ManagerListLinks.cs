using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The query string of a manager list: the filter as understood, with another page or order.</summary>
public static class ManagerListLinks
{
    public static string Query(ManagerListFilter f, int page, ManagerListSort? sort = null)
    {
        var pairs = new List<(string, string?)>
        {
            ("unit", f.Unit), ("status", f.Status?.ToString()), ("validity", f.Validity?.ToString()), ("disclosure", f.Disclosure?.ToString()),
            ("kind", f.Kind?.ToString()), ("form", f.Form?.ToString()), ("category", f.Category), ("year", f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("q", f.Text), ("sort", (sort ?? f.Sort) is var s && s != ManagerListSort.Updated ? s.ToString() : null),
            ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return string.Join("&", pairs.Where(p => p.Item2 is { Length: > 0 }).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
    }

    public static string Label(ManagerListSort sort) => sort switch
    {
        ManagerListSort.Written => "成文日期",
        ManagerListSort.Published => "发布日期",
        ManagerListSort.Title => "标题",
        _ => "最近修改",
    };

    public static string Label(InterpretationState state) => state switch
    {
        InterpretationState.Published => "已有解读",
        InterpretationState.InProgress => "解读撰写或审核中",
        InterpretationState.Owed => "应于期限前发布解读",
        InterpretationState.Overdue => "解读已逾期",
        InterpretationState.CalendarMissing => "期限待定",
        InterpretationState.Pending => "须同步审签解读",
        _ => "无需解读",
    };
}
