using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;
using PolicyLibrary.Search;
using PolicyLibrary.Web.Features.Api;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// What the OpenAPI document says beyond what the endpoints declare: how to sign in for the write side, the
/// query parameters as the types and bounds they are checked against (they bind as strings so that a bad one is a
/// Chinese 400, not a bare one), and nothing of HEAD, which answers every GET anyway.
/// </summary>
public static class OpenApiDocumentation
{
    public const string Bearer = "accessToken";
    public const string Cookie = "signInCookie";

    public static void Configure(OpenApiOptions o)
    {
        o.AddDocumentTransformer((document, context, _) =>
        {
            var office = context.ApplicationServices.GetRequiredService<OfficeIdentity>();
            document.Info.Title = "PolicyLibrary API";
            document.Info.Description = $"{office.SiteName}的内容接口：政策文件、政策解读、分类和信息公开主体（公开）；起草与报审、培训课程（需令牌）。";
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            foreach (var path in document.Paths.Values)
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [Bearer] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "pl_…",
                    Description = "个人接口令牌：在“账号 → 接口令牌”（/account/tokens）创建，以 Authorization: Bearer pl_… 发送。",
                },
                [Cookie] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = "PolicyLibrary.Auth",
                    Description = $"登录后的 Cookie；写入时还须在 {CookieWriteProtection.HeaderName} 请求头中带上页面的防伪令牌。",
                },
            };
            return Task.CompletedTask;
        });

        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Security = metadata.OfType<IAuthorizeData>().Any()
                ? [Requirement(Bearer, context.Document), Requirement(Cookie, context.Document)]
                : [new OpenApiSecurityRequirement()];
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is OpenApiParameter { In: ParameterLocation.Query } query && SchemaOf(query.Name) is { } schema)
                {
                    query.Schema = schema;
                }
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static OpenApiSchema? SchemaOf(string? name) => name switch
    {
        "page" => Integer(1, DocumentFilter.MaxPage),
        "pageSize" => Integer(1, LibraryApi.MaxPageSize),
        "year" or "numberYear" => Integer(1949, 2100),
        "number" => Integer(1, 99999),
        "kind" => Names<DocumentKind>(),
        "validity" => Names<Validity>(),
        "sort" => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("relevance"), JsonValue.Create("date")] },
        "from" or "to" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        "q" => new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = SearchRequest.MaxQueryLength },
        _ => null,
    };

    private static OpenApiSchema Integer(int min, int max) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = min.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static OpenApiSchema Names<TEnum>() where TEnum : struct, Enum =>
        new() { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames<TEnum>().Select(n => (JsonNode)JsonValue.Create(n))] };
}
