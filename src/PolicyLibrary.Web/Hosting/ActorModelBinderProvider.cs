using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>Puts <see cref="ActorModelBinder"/> in front of every other binder for parameters of type <see cref="Actor"/>.</summary>
public sealed class ActorModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(Actor) ? new BinderTypeModelBinder(typeof(ActorModelBinder)) : null;
}
