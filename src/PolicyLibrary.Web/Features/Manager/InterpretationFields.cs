using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The interpretation form as posted; the core's validator gives the messages.</summary>
public sealed class InterpretationFields
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Title)] = "标题",
        [nameof(Form)] = "解读形式",
        [nameof(Summary)] = "摘要",
        [nameof(AuthorName)] = "撰稿人",
        [nameof(BodyMarkdown)] = "正文",
        [nameof(Version)] = "版本",
    };

    public string? Title { get; set; }
    public InterpretationForm? Form { get; set; }
    public string? Summary { get; set; }
    public string? AuthorName { get; set; }
    public string? BodyMarkdown { get; set; }
    public Guid Version { get; set; }

    public InterpretationInput ToInput() => new()
    {
        Title = Title ?? "",
        Form = Form ?? (InterpretationForm)(-1),
        Summary = Summary ?? "",
        AuthorName = AuthorName ?? "",
        BodyMarkdown = (BodyMarkdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal),
    };

    public static InterpretationFields From(InterpretationInput input, Guid version) => new()
    {
        Title = input.Title,
        Form = input.Form,
        Summary = input.Summary,
        AuthorName = input.AuthorName,
        BodyMarkdown = input.BodyMarkdown,
        Version = version,
    };
}
