using Microsoft.AspNetCore.Mvc;

namespace PolicyLibrary.Web.Features.Errors;

/// <summary>The friendly Chinese pages behind status codes and unhandled errors.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Show(int status)
    {
        var code = status is >= 400 and < 600 ? status : 500;
        Response.StatusCode = code;
        return View("Error", code);
    }
}
