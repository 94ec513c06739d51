using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Binds a domain enum from its name, case-insensitive, never from its number: the site's forms and links say
/// <c>action=Approved</c>, and MVC's own binder would take <c>action=5</c> (or <c>Approved,Rejected</c>) for a value
/// nobody chose. A value that is not a name is model binding's Chinese message for the field, as for a date.
/// </summary>
public sealed class EnumNameModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var metadata = bindingContext.ModelMetadata;
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // As MVC's simple types: blank is no value, which only a nullable enum may have.
            if (metadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, metadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(result.FirstValue ?? ""));
            }

            return Task.CompletedTask;
        }

        var type = metadata.UnderlyingOrModelType;
        if (IsName(text) && Enum.TryParse(type, text, ignoreCase: true, out var value) && Enum.IsDefined(type, value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                metadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, metadata.DisplayName ?? metadata.Name ?? bindingContext.ModelName));
        }

        return Task.CompletedTask;
    }

    /// <summary>A name, not a number (<c>5</c>, <c>-1</c>, <c>+5</c>) nor a list of names that Enum.TryParse would OR together.</summary>
    private static bool IsName(string text) => !char.IsAsciiDigit(text[0]) && text[0] is not ('-' or '+') && !text.Contains(',', StringComparison.Ordinal);
}
