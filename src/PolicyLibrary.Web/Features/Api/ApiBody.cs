using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>
/// Reads a JSON body itself rather than through parameter binding, whose failures are a bare 400: anything that is
/// not the expected shape (not JSON, a null where a value belongs, a wrong type or enum name, the object missing)
/// is a problem+json with the field it is about, before any editor sees it.
/// </summary>
internal static class ApiBody
{
    private static JsonSerializerOptions? _strict;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http, string part, Func<T, bool> hasPart)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Invalid("$", "请以 application/json 提交请求体。"));
        }

        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Strict(http), http.RequestAborted);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..] : "$";
            return (null, Invalid(field, "格式不正确：应为符合接口说明的 JSON 值（字符串不能为 null，日期为 yyyy-MM-dd，枚举用名称）。"));
        }

        return value is null || !hasPart(value)
            ? (null, Invalid(part, $"缺少 {part} 对象。"))
            : (value, null);
    }

    private static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "请求体无效");

    // The site's JSON options, plus: a null for a property that may not be null is an error, not a crash later.
    private static JsonSerializerOptions Strict(HttpContext http) => _strict ??= new JsonSerializerOptions(
        http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)
    { RespectNullableAnnotations = true };
}
