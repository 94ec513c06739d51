using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Web.Features.Manager;

/// <summary>The document form as posted: every field optional here, so the core's validator speaks (in Chinese), not MVC's.</summary>
public sealed class DocumentFields
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Title)] = "标题",
        [nameof(IndexNumber)] = "索引号",
        [nameof(DocumentNumber)] = "发文字号",
        [nameof(IssuingOrgan)] = "发文机关",
        [nameof(DrafterName)] = "起草人",
        [nameof(CategoryCode)] = "主题分类",
        [nameof(Kind)] = "文件类型",
        [nameof(SubjectWords)] = "主题词",
        [nameof(WrittenOn)] = "成文日期",
        [nameof(EffectiveOn)] = "施行日期",
        [nameof(Disclosure)] = "公开属性",
        [nameof(DisclosureReason)] = "不公开理由",
        [nameof(CoIssuingUnitCodes)] = "联合发文单位",
        [nameof(PlannedInterpretationForm)] = "计划解读形式",
        [nameof(PlannedInterpretationDueOn)] = "计划完成解读日期",
        [nameof(BodyMarkdown)] = "正文",
        [nameof(Version)] = "版本",
    };

    public string? Title { get; set; }
    public string? IndexNumber { get; set; }
    public string? DocumentNumber { get; set; }
    public string? IssuingOrgan { get; set; }
    public string? DrafterName { get; set; }
    public string? CategoryCode { get; set; }
    public DocumentKind? Kind { get; set; }
    public string? SubjectWords { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DisclosureAttribute? Disclosure { get; set; }
    public string? DisclosureReason { get; set; }
    public List<string> CoIssuingUnitCodes { get; set; } = [];
    public InterpretationForm? PlannedInterpretationForm { get; set; }
    public DateOnly? PlannedInterpretationDueOn { get; set; }
    public string? BodyMarkdown { get; set; }

    /// <summary>The version the editor started from (optimistic concurrency).</summary>
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
        Version = version,
    };
}
