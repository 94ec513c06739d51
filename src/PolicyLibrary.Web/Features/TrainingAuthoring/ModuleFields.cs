using System.ComponentModel.DataAnnotations;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

/// <summary>The module's own fields as the form posts them; lessons and quiz are edited on their own pages.</summary>
public sealed class ModuleFields
{
    [Display(Name = "课程代码")]
    public string? Slug { get; set; }

    [Display(Name = "课程名称")]
    public string? Title { get; set; }

    [Display(Name = "简介")]
    public string? Summary { get; set; }

    [Display(Name = "年度")]
    public int? Year { get; set; }

    [Display(Name = "及格线")]
    public int? PassMark { get; set; } = 80;

    [Display(Name = "修习要求")]
    public bool Required { get; set; } = true;

    [Display(Name = "学时")]
    public decimal? CreditHours { get; set; }

    [Display(Name = "何时显示正确答案")]
    public AnswerReveal? ShowAnswers { get; set; } = AnswerReveal.AfterPass;

    public List<string> AudienceRoles { get; set; } = [];
    public List<string> AudienceUnitCodes { get; set; } = [];

    /// <summary>Media library file names, one per line.</summary>
    [Display(Name = "附件")]
    public string? Attachments { get; set; }

    public Guid? Version { get; set; }

    public static ModuleFields From(ModuleInput input, Guid version) => new()
    {
        Title = input.Title,
        Summary = input.Summary,
        Year = input.Year,
        PassMark = input.PassMark,
        Required = input.Required,
        CreditHours = input.CreditHours,
        ShowAnswers = input.ShowAnswers,
        AudienceRoles = [.. input.AudienceRoles],
        AudienceUnitCodes = [.. input.AudienceUnitCodes],
        Attachments = string.Join('\n', input.Attachments),
        Version = version,
    };

    /// <summary>These fields over the saved module (lessons and quiz as they are).</summary>
    public ModuleInput Over(ModuleInput saved) => saved with
    {
        Title = Title ?? "",
        Summary = Summary ?? "",
        Year = Year,
        PassMark = PassMark,
        Required = Required,
        CreditHours = CreditHours,
        ShowAnswers = ShowAnswers ?? (AnswerReveal)(-1),
        AudienceRoles = [.. AudienceRoles.Distinct()],
        AudienceUnitCodes = [.. AudienceUnitCodes.Distinct()],
        Attachments = [.. (Attachments ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
    };
}
