namespace PolicyLibrary.Interpretations;

/// <summary>What a drafter edits of an interpretation; also its revision snapshot.</summary>
public sealed record InterpretationInput
{
    public string Title { get; init; } = "";
    public InterpretationForm Form { get; init; }
    public string Summary { get; init; } = "";
    public string AuthorName { get; init; } = "";
    public string BodyMarkdown { get; init; } = "";

    public static InterpretationInput From(Interpretation i) => new()
    {
        Title = i.Title,
        Form = i.Form,
        Summary = i.Summary,
        AuthorName = i.AuthorName,
        BodyMarkdown = i.BodyMarkdown,
    };

    public string ToText() => string.Join('\n',
        $"标题：{Title}", $"解读形式：{EnumLabels<InterpretationForm>.Of(Form)}", $"摘要：{Summary}", $"撰稿人：{AuthorName}", "正文：", BodyMarkdown);
}
