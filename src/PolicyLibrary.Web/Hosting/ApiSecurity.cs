using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// The OpenAPI document's security: a personal access token as HTTP bearer, or the site's sign-in cookie; every
/// operation that requires authorization says so, so clients and the reference page know which calls need a token.
/// </summary>
internal static class ApiSecurity
{
    public const string Token = "AccessToken";
    public const string Cookie = "Cookie";

    public static Task DescribeSchemesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Token] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "个人接口令牌（在“我的账号 → 接口令牌”生成）：Authorization: Bearer pl_…",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "PolicyLibrary.Auth",
            Description = "登录网站后的会话 Cookie",
        };
        return Task.CompletedTask;
    }

    public static Task RequireWhereAuthorizedAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Token, context.Document)] = [] });
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
