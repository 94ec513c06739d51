namespace PolicyLibrary.Documents;

/// <summary>Field-by-field checks of a drafter's input, with messages in Chinese keyed by field name.</summary>
public static class DocumentInputValidator
{
    public static FieldErrors Validate(DocumentInput input)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Title), input.Title, "标题", 300);
        errors.Require(nameof(input.IssuingOrgan), input.IssuingOrgan, "发文机关", 100);
        errors.Require(nameof(input.DrafterName), input.DrafterName, "起草人", 50);
        if (string.IsNullOrWhiteSpace(input.CategoryCode))
        {
            // A select is chosen, not typed.
            errors.Add(nameof(input.CategoryCode), "请选择主题分类。");
        }

        if (!string.IsNullOrWhiteSpace(input.Slug) && !DocumentRules.IsValidSlug(input.Slug.Trim()))
        {
            errors.Add(nameof(input.Slug), "网址只能使用小写字母、数字和连字符（-），以字母或数字开头，3 至 100 个字符，如 2016-zhengce-jiedu。");
        }
        if (!string.IsNullOrWhiteSpace(input.DocumentNumber) && !DocumentRules.IsValidDocumentNumber(input.DocumentNumber.Trim()))
        {
            errors.Add(nameof(input.DocumentNumber), $"发文字号“{input.DocumentNumber.Trim()}”格式不正确，应形如 黄下政办〔2016〕66号。");
        }

        if (input.WrittenOn is null)
        {
            errors.Add(nameof(input.WrittenOn), "请填写成文日期。");
        }
        else if (input.EffectiveOn < input.WrittenOn)
        {
            errors.Add(nameof(input.EffectiveOn), "施行日期不能早于成文日期。");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "请选择文件类型。");
        }

        if (!Enum.IsDefined(input.Disclosure))
        {
            errors.Add(nameof(input.Disclosure), "请选择公开属性。");
        }
        else if (input.Disclosure != DisclosureAttribute.Proactive && string.IsNullOrWhiteSpace(input.DisclosureReason))
        {
            errors.Add(nameof(input.DisclosureReason), "依申请公开或不予公开的文件须说明理由。");
        }

        if (input.SubjectWords.Length > 200)
        {
            errors.Add(nameof(input.SubjectWords), "主题词不能超过 200 个字。");
        }

        if (input.PlannedInterpretationForm is { } form && !Enum.IsDefined(form))
        {
            errors.Add(nameof(input.PlannedInterpretationForm), "解读形式无效。");
        }

        if (input.BodyMarkdown.Length > 200_000)
        {
            errors.Add(nameof(input.BodyMarkdown), "正文过长（不能超过 20 万字）。");
        }

        if (Content.MarkdownRenderer.ImagesWithoutAltText(input.BodyMarkdown) is [var image, ..])
        {
            errors.Add(nameof(input.BodyMarkdown), $"图片 {image} 缺少替代文字，请在 ![ ] 中写明图片内容。");
        }

        return errors;
    }
}
