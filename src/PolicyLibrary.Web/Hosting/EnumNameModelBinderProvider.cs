using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PolicyLibrary.Web.Hosting;

/// <summary>Every enum that is not a set of flags binds by name (<see cref="EnumNameModelBinder"/>).</summary>
public sealed class EnumNameModelBinderProvider : IModelBinderProvider
{
    private static readonly EnumNameModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType is { IsEnum: true } type && !type.IsDefined(typeof(FlagsAttribute), inherit: false) ? Binder : null;
}
