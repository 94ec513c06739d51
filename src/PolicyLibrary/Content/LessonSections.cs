namespace PolicyLibrary.Content;

/// <summary>
/// The body of a module file is its lessons in order: every level-one heading (<c># 标题</c>) starts one.
/// Headings inside fenced code blocks are text, not lessons.
/// </summary>
internal static class LessonSections
{
    private const string Heading = "# ";

    public static List<(string Title, string Body)> Split(string body, FieldParser fields)
    {
        var lessons = new List<(string Title, List<string> Lines)>();
        var fence = (string?)null;
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3];
                fence = fence is null ? marker : fence == marker ? null : fence;
            }

            if (fence is null && line.StartsWith(Heading, StringComparison.Ordinal))
            {
                lessons.Add((line[Heading.Length..].Trim(), []));
            }
            else if (lessons.Count > 0)
            {
                lessons[^1].Lines.Add(line);
            }
            else if (line.Trim().Length > 0)
            {
                fields.Problem("正文必须以课时标题（# 标题）开头：每个一级标题开始一个课时。");
                return [];
            }
        }

        if (lessons.Count == 0)
        {
            fields.Problem("至少需要一个课时（# 标题 与其正文）。");
        }

        var result = lessons.Select(l => (l.Title, Body: string.Join('\n', l.Lines).Trim('\n'))).ToList();
        foreach (var (title, text) in result)
        {
            if (title.Length is 0 or > 200)
            {
                fields.Problem($"课时标题“{title}”应为 1—200 个字符。");
            }
            else if (text.Trim().Length == 0)
            {
                fields.Problem($"课时“{title}”没有正文。");
            }
        }

        return result;
    }

    public static string Join(IEnumerable<(string Title, string Body)> lessons) =>
        string.Join("\n\n", lessons.Select(l => $"{Heading}{l.Title}\n\n{l.Body.Trim('\n')}"));
}
