using System.ComponentModel.DataAnnotations;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The document form as posted: every field optional here, so the core's validator speaks (in Chinese), not MVC's.</summary>
public sealed class DocumentFields
{
    [Display(Name = "标题")]
    public string? Title { get; set; }
    [Display(Name = "索引号")]
    public string? IndexNumber { get; set; }
    [Display(Name = "发文字号")]
    public string? DocumentNumber { get; set; }
    [Display(Name = "发文机关")]
    public string? IssuingOrgan { get; set; }
    [Display(Name = "起草人")]
    public string? DrafterName { get; set; }
    [Display(Name = "主题分类")]
    public string? CategoryCode { get; set; }
    [Display(Name = "文件类型")]
    public DocumentKind? Kind { get; set; }
    [Display(Name = "主题词")]
    public string? SubjectWords { get; set; }
    [Display(Name = "成文日期")]
    public DateOnly? WrittenOn { get; set; }
    [Display(Name = "施行日期")]
    public DateOnly? EffectiveOn { get; set; }
    [Display(Name = "公开属性")]
    public DisclosureAttribute? Disclosure { get; set; }
    [Display(Name = "不公开理由")]
    public string? DisclosureReason { get; set; }
    [Display(Name = "联合发文单位")]
    public List<string> CoIssuingUnitCodes { get; set; } = [];
    [Display(Name = "计划解读形式")]
    public InterpretationForm? PlannedInterpretationForm { get; set; }
    [Display(Name = "计划完成解读日期")]
    public DateOnly? PlannedInterpretationDueOn { get; set; }
    [Display(Name = "正文")]
    public string? BodyMarkdown { get; set; }
    [Display(Name = "网址")]
    public string? Slug { get; set; }

    /// <summary>The version the editor started from (optimistic concurrency).</summary>
    [Display(Name = "版本")]
    public Guid Version { get; set; }

    public DocumentInput ToInput() => new()
    {
        Title = Title ?? "",
        IndexNumber = IndexNumber ?? "",
        DocumentNumber = DocumentNumber,
        IssuingOrgan = IssuingOrgan ?? "",
        DrafterName = DrafterName ?? "",
        CategoryCode = CategoryCode ?? "",
        Kind = Kind ?? (DocumentKind)(-1),
        SubjectWords = SubjectWords ?? "",
        WrittenOn = WrittenOn,
        EffectiveOn = EffectiveOn,
        Disclosure = Disclosure ?? (DisclosureAttribute)(-1),
        DisclosureReason = DisclosureReason,
        CoIssuingUnitCodes = [.. CoIssuingUnitCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal)],
        PlannedInterpretationForm = PlannedInterpretationForm,
        PlannedInterpretationDueOn = PlannedInterpretationDueOn,
        BodyMarkdown = (BodyMarkdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal),
        Slug = string.IsNullOrWhiteSpace(Slug) ? null : Slug.Trim(),
    };

    public static DocumentFields From(DocumentInput input, Guid version) => new()
    {
        Title = input.Title,
        IndexNumber = input.IndexNumber,
        DocumentNumber = input.DocumentNumber,
        IssuingOrgan = input.IssuingOrgan,
        DrafterName = input.DrafterName,
        CategoryCode = input.CategoryCode,
        Kind = input.Kind,
        SubjectWords = input.SubjectWords,
        WrittenOn = input.WrittenOn,
        EffectiveOn = input.EffectiveOn,
        Disclosure = input.Disclosure,
        DisclosureReason = input.DisclosureReason,
        CoIssuingUnitCodes = [.. input.CoIssuingUnitCodes],
        PlannedInterpretationForm = input.PlannedInterpretationForm,
        PlannedInterpretationDueOn = input.PlannedInterpretationDueOn,
        BodyMarkdown = input.BodyMarkdown,
        Slug = input.Slug,
        Version = version,
    };
}
