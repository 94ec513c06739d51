using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Errors;

/// <summary>The friendly Chinese pages behind status codes and unhandled errors.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Show(int status)
    {
        // After an exception the handler has chosen the status already (507 for a full or read-only disk).
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = failed is not null ? Response.StatusCode : status is >= 400 and < 600 ? status : 500;
        if (failed?.Path.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return Problem(code == StorageFailure.Status ? StorageFailure.Message : "服务器处理请求时出现问题，请稍后再试。",
                statusCode: code, title: code == StorageFailure.Status ? "存储空间不足" : "服务器错误");
        }

        Response.StatusCode = code;
        ViewData["Detail"] = code == StorageFailure.Status ? StorageFailure.Message : null;
        return View("Error", code);
    }
}
