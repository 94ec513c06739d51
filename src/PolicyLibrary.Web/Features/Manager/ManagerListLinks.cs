using PolicyLibrary.Manager;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The query of a manager list (for <c>asp-all-route-data</c>): the filter as understood, on another page; and the labels it shows.</summary>
public static class ManagerListLinks
{
    public static Dictionary<string, string> Query(ManagerListFilter f, int page)
    {
        var pairs = new List<(string, string?)>
        {
            ("unit", f.Unit), ("status", f.Status?.ToString()), ("validity", f.Validity?.ToString()), ("disclosure", f.Disclosure?.ToString()),
            ("kind", f.Kind?.ToString()), ("form", f.Form?.ToString()), ("category", f.Category), ("year", f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("q", f.Text), ("sort", f.Sort != ManagerListSort.Updated ? f.Sort.ToString() : null),
            ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return pairs.Where(p => p.Item2 is { Length: > 0 }).ToDictionary(p => p.Item1, p => p.Item2!);
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
