using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Documents;

/// <summary>What a drafter edits: the document's metadata and body. Also the snapshot kept in every revision.</summary>
public sealed record DocumentInput
{
    public string Title { get; init; } = "";
    public string IndexNumber { get; init; } = "";
    public string? DocumentNumber { get; init; }
    public string IssuingOrgan { get; init; } = "";
    public string DrafterName { get; init; } = "";
    public string CategoryCode { get; init; } = "";
    public DocumentKind Kind { get; init; } = DocumentKind.Other;
    public string SubjectWords { get; init; } = "";
    public DateOnly? WrittenOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public DisclosureAttribute Disclosure { get; init; }
    public string? DisclosureReason { get; init; }
    public IReadOnlyList<string> CoIssuingUnitCodes { get; init; } = [];
    public InterpretationForm? PlannedInterpretationForm { get; init; }
    public DateOnly? PlannedInterpretationDueOn { get; init; }
    public string BodyMarkdown { get; init; } = "";

    /// <summary>The public address /documents/{slug}; blank keeps the one the document has (or generates one for a new draft).</summary>
    public string? Slug { get; init; }

    public static DocumentInput From(Document d) => new()
    {
        Title = d.Title,
        IndexNumber = d.IndexNumber,
        DocumentNumber = d.DocumentNumber,
        IssuingOrgan = d.IssuingOrgan,
        DrafterName = d.DrafterName,
        CategoryCode = d.Category?.Code ?? "",
        Kind = d.Kind,
        SubjectWords = string.Join(" ", d.SubjectWords),
        WrittenOn = d.WrittenOn,
        EffectiveOn = d.EffectiveOn,
        Disclosure = d.Disclosure,
        DisclosureReason = d.DisclosureReason,
        CoIssuingUnitCodes = [.. d.CoIssuingUnits.Select(u => u.Code).Order(StringComparer.Ordinal)],
        PlannedInterpretationForm = d.PlannedInterpretationForm,
        PlannedInterpretationDueOn = d.PlannedInterpretationDueOn,
        BodyMarkdown = d.BodyMarkdown,
        Slug = d.Slug,
    };

    /// <summary>The input as labelled lines, for a readable diff between two revisions.</summary>
    public string ToText() => string.Join('\n',
        $"标题：{Title}", $"网址：{Slug}", $"索引号：{IndexNumber}", $"发文字号：{DocumentNumber}", $"发文机关：{IssuingOrgan}", $"起草人：{DrafterName}",
        $"主题分类：{CategoryCode}", $"文件类型：{EnumLabels<DocumentKind>.Of(Kind)}", $"主题词：{SubjectWords}",
        $"成文日期：{ChinaTime.Date(WrittenOn)}", $"施行日期：{ChinaTime.Date(EffectiveOn)}", $"公开属性：{EnumLabels<DisclosureAttribute>.Of(Disclosure)}",
        $"不公开理由：{DisclosureReason}", $"联合发文单位：{string.Join("、", CoIssuingUnitCodes)}",
        $"解读方案：{(PlannedInterpretationForm is { } f ? EnumLabels<InterpretationForm>.Of(f) : "")} {ChinaTime.Date(PlannedInterpretationDueOn)}",
        "正文：", BodyMarkdown);
}
