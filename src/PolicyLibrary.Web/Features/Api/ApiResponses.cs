using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PolicyLibrary.Library;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>JSON answers with a strong ETag, and 304 when the client already has these bytes.</summary>
internal static class ApiResponses
{
    public static IResult Json<T>(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, options);
        // Clients revalidate every time (cheap with the ETag), so a withdrawn document is gone from them at once.
        http.Response.Headers.CacheControl = "no-cache";
        if (ConditionalReads.IsUnchanged(http, ConditionalReads.TagOf(bytes)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }

    public static ApiPage<T> Page<T>(HttpContext http, PagedList<T> list)
    {
        string At(int page) => QueryHelpers.AddQueryString(http.Request.Path,
            http.Request.Query.Where(q => q.Key != "page").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
                .Append(KeyValuePair.Create("page", (string?)page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new ApiPage<T>(list.Items, list.Page, list.PageSize, list.TotalCount, list.TotalPages, new ApiPageLinks(
            At(list.Page), At(1), At(list.TotalPages), list.HasPrevious ? At(list.Page - 1) : null, list.HasNext ? At(list.Page + 1) : null));
    }

    public static IResult BadQuery(IEnumerable<string> problems)
    {
        var sentences = problems.Select(p => p.TrimEnd('。') + "。").ToList();
        return TypedResults.Problem(title: "查询参数无效", detail: string.Concat(sentences), statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = sentences });
    }
}
