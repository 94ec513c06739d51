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
        if (code == DatabaseUnavailable.Status)
        {
            Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (title, detail) = code switch
        {
            StorageFailure.Status => ("存储空间不足", StorageFailure.Message),
            DatabaseUnavailable.Status => ("服务暂时不可用", DatabaseUnavailable.Message),
            _ => ("服务器错误", null),
        };
        if (failed?.Path.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return Problem(detail ?? "服务器处理请求时出现问题，请稍后再试。", statusCode: code, title: title);
        }

        Response.StatusCode = code;
        ViewData["Detail"] = detail;
        return View("Error", code);
    }
}
