using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Model binding's own messages (a date that is not a date, a number that is not a number …) in Chinese, like every
/// other message of the site, and said for the field's type: "人数上限应为整数。", "开始时间的格式不正确，应形如 …"; the
/// field is named by its <c>[Display(Name = …)]</c>.
/// </summary>
public sealed class ChineseBindingMessages : IBindingMetadataProvider
{
    public static void Apply(DefaultModelBindingMessageProvider messages, Type? type = null, string? invalidValue = null)
    {
        var kind = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => invalidValue
            ?? (kind == typeof(int) || kind == typeof(long) ? $"{field}应为整数。"
            : kind == typeof(DateTime) ? $"{field}的格式不正确，应形如 2026-03-13 09:00。"
            : $"{field}的格式不正确。"));
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

    /// <summary>
    /// Each property and parameter gets its own copy of the messages (MVC makes one per metadata), here said for its
    /// type, or as its <see cref="InvalidValueMessageAttribute"/> says.
    /// </summary>
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.BindingMetadata.ModelBindingMessageProvider is { } messages)
        {
            Apply(messages, context.Key.ModelType, context.Attributes.OfType<InvalidValueMessageAttribute>().FirstOrDefault()?.Message);
        }
    }
}
