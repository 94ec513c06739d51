using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Binds an action's <see cref="Actor"/> parameter to the signed-in staff member (<see cref="CurrentActor"/>), never to
/// anything the request sends; <see cref="ActorRequiredFilter"/> challenges when there is none.
/// </summary>
public sealed class ActorModelBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var http = bindingContext.HttpContext;
        var actor = await http.RequestServices.GetRequiredService<CurrentActor>().GetAsync(http.RequestAborted);
        // Failed without a model-state error: the filter turns a missing actor into a challenge, not a 400.
        bindingContext.Result = actor is null ? ModelBindingResult.Failed() : ModelBindingResult.Success(actor);
    }
}
