using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PolicyLibrary.Web.Hosting;

/// <summary>Model binding's own messages (a date that is not a date, a missing value …) in Chinese, like every other message of the site.</summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”格式不正确。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的格式不正确。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "格式不正确。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”格式不正确。");
        messages.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字。");
        messages.SetValueMustNotBeNullAccessor(field => $"请填写{field}。");
        messages.SetMissingBindRequiredValueAccessor(field => $"缺少{field}。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
    }
}
