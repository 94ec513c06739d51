using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Library;
using PolicyLibrary.Search;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>
/// <c>/api/v1</c>, read side: the same public queries the site uses, as JSON. Bad filters are a 400 problem,
/// not a silent clamp, so a client learns of its mistake.
/// </summary>
public static class LibraryApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("公开内容").CacheOutput("Library");

        api.MapGet("/documents", async (HttpContext http, LibraryQueries library, string? category, string? organ, string? year,
            string? kind, string? validity, string? page, string? pageSize, CancellationToken ct) =>
        {
            var filter = DocumentFilter.FromQuery(category, organ, year, kind, validity, page);
            var problems = filter.Ignored.ToList();
            var size = PageSize(pageSize, problems);
            if (problems.Count > 0)
            {
                return ApiResponses.BadQuery(problems);
            }

            var result = await library.DocumentsAsync(filter with { PageSize = size }, ct);
            return result.Filter.Category != filter.Category
                ? ApiResponses.BadQuery([$"分类“{filter.Category}”不存在"])
                : ApiResponses.Json(http, ApiResponses.Page(http, result.Documents));
        })
        .WithSummary("政策文件列表").WithDescription("按分类、发文机关、年份、文件类型（kind）、有效性（validity）筛选，按发布日期倒序分页。")
        .Produces<ApiPage<DocumentSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);

        // One parameter name per path position: the writes take the document's number id at the same place (OpenAPI).
        api.MapGet("/documents/{document}", async ([FromRoute(Name = "document")] string slug, HttpContext http, LibraryQueries library, CancellationToken ct) =>
            await library.DocumentAsync(slug, ct) is { } document ? ApiResponses.Json(http, document) : NotFound("文件"))
        .WithSummary("政策文件详情（含 Markdown 原文、净化后的 HTML 和解读列表）")
        .Produces<DocumentDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents/by-number", async (string? number, HttpContext http, LibraryQueries library, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(number) || number.Length > 64
                ? ApiResponses.BadQuery(["请用 number 参数给出发文字号，如 黄下政办〔2016〕66号。"])
                : await library.DocumentByNumberAsync(number.Trim(), ct) is { } document ? ApiResponses.Json(http, document) : NotFound("文件"))
        .WithSummary("按发文字号查找政策文件")
        .Produces<DocumentDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/interpretations", async (HttpContext http, LibraryQueries library, string? page, string? pageSize, CancellationToken ct) =>
        {
            var problems = new List<string>();
            var number = DocumentFilter.ParsePage(page, problems);
            var size = PageSize(pageSize, problems);
            return problems.Count > 0
                ? ApiResponses.BadQuery(problems)
                : ApiResponses.Json(http, ApiResponses.Page(http, await library.InterpretationsAsync(number, size, ct)));
        })
        .WithSummary("政策解读列表").Produces<ApiPage<InterpretationSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/interpretations/{interpretation}", async ([FromRoute(Name = "interpretation")] string slug, HttpContext http, LibraryQueries library, CancellationToken ct) =>
            await library.InterpretationAsync(slug, ct) is { } interpretation ? ApiResponses.Json(http, interpretation) : NotFound("解读"))
        .WithSummary("政策解读详情").Produces<InterpretationDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", async (HttpContext http, SearchQueries search, string? q, string? category, string? organ, string? kind,
            string? validity, string? from, string? to, string? numberYear, string? number, string? sort, string? page, string? pageSize, CancellationToken ct) =>
        {
            var request = SearchRequest.FromQuery(q, category, organ, kind, validity, from, to, numberYear, number, sort, page, pageSize);
            if (request.Problems.Count > 0 || request.Query.Length == 0)
            {
                return ApiResponses.BadQuery(request.Problems.Count > 0 ? request.Problems : ["请用 q 参数给出搜索词"]);
            }

            var result = await search.SearchAsync(request, ct);
            return ApiResponses.Json(http, ApiResponses.Page(http, result.Hits));
        })
        .WithSummary("全文检索政策文件和解读").WithDescription("中文任意长度（含单字、双字词）、多个词（空格分隔，需同时出现）、英文单词；可按分类、文件类型、有效性、发布日期范围、发文字号年份和序号筛选；sort=relevance|date。")
        .Produces<ApiPage<SearchHit>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/categories", async (HttpContext http, LibraryQueries library, CancellationToken ct) =>
            ApiResponses.Json(http, await library.CategoryCountsAsync(ct)))
        .WithSummary("主动公开目录（含各分类公开文件数）").Produces<IReadOnlyList<CategoryCount>>();

        api.MapGet("/org-units", async (HttpContext http, LibraryQueries library, CancellationToken ct) =>
            ApiResponses.Json(http, await library.OrgUnitsAsync(ct)))
        .WithSummary("信息公开主体（区政府部门和街道）").Produces<IReadOnlyList<OrgUnitView>>();

        return app;
    }

    private static int PageSize(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return LibraryQueries.PageSize;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize)
        {
            return size;
        }

        problems.Add($"pageSize 应为 1 到 {MaxPageSize} 之间的整数。");
        return LibraryQueries.PageSize;
    }

    private static IResult NotFound(string what) =>
        TypedResults.Problem(title: $"{what}不存在", detail: $"没有这个公开的{what}，或它尚未公开、已撤回。", statusCode: StatusCodes.Status404NotFound);
}
