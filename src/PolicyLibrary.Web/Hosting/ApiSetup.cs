using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
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
        builder.Services.AddOpenApi(OpenApiDocumentation.Configure);
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
