using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Api;
using Scalar.AspNetCore;

namespace PolicyLibrary.Web.Hosting;

public static class ApiSetup
{
    /// <summary>JSON with enum names and readable Chinese, problem+json errors, and an OpenAPI document.</summary>
    public static WebApplicationBuilder AddPolicyLibraryApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<VersionLookup>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, context, _) =>
        {
            var office = context.ApplicationServices.GetRequiredService<OfficeIdentity>();
            document.Info.Title = "PolicyLibrary API";
            document.Info.Description = $"{office.SiteName}的内容接口：政策文件、政策解读、分类和信息公开主体（公开）；起草与报审、培训课程（需令牌）。";
            return Task.CompletedTask;
        }).AddDocumentTransformer(ApiSecurity.DescribeSchemesAsync).AddOperationTransformer(ApiSecurity.RequireWhereAuthorizedAsync));
        return builder;
    }

    /// <summary><c>/api/v1/…</c>, <c>/openapi/v1.json</c> and the browsable reference at <c>/scalar/v1</c>.</summary>
    public static WebApplication MapPolicyLibraryApi(this WebApplication app)
    {
        app.MapLibraryApi();
        app.MapEditingApi();
        app.MapTrainingApi();
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("PolicyLibrary API"));
        return app;
    }
}
