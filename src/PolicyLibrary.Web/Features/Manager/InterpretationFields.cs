using System.ComponentModel.DataAnnotations;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The interpretation form as posted; the core's validator gives the messages.</summary>
public sealed class InterpretationFields
{
    [Display(Name = "标题")]
    public string? Title { get; set; }
    [Display(Name = "解读形式")]
    public InterpretationForm? Form { get; set; }
    [Display(Name = "摘要")]
    public string? Summary { get; set; }
    [Display(Name = "撰稿人")]
    public string? AuthorName { get; set; }
    [Display(Name = "正文")]
    public string? BodyMarkdown { get; set; }
    [Display(Name = "版本")]
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
