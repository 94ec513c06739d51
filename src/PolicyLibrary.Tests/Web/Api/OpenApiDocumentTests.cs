using System.Diagnostics;
using System.Text.Json;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Api;

public class OpenApiDocumentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task OpenApiDocument_ShouldPassRedoclysRecommendedRules_WithNoErrors()
    {
        // Redocly's CLI comes from e2e-tests/package.json (npm ci, as .ci/test runs it before the tests).
        var redocly = Path.Combine(RepositoryPaths.Root, "e2e-tests", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"{redocly} is missing: run npm ci --ignore-scripts in e2e-tests");
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "openapi.json");
        await File.WriteAllTextAsync(file, await site.NewClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var lint = new ProcessStartInfo(redocly, ["lint", file, "--format=json"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        lint.Environment["REDOCLY_TELEMETRY"] = "off";
        lint.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(lint)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        using var report = JsonDocument.Parse(await output);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + await errors);
        Assert.Equal(0, report.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task OpenApiDocument_ShouldDescribeSignInErrorsAndQueryBounds()
    {
        using var document = JsonDocument.Parse(await site.NewClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("accessToken").GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty("signInCookie").GetProperty("in").GetString());

        var submit = root.GetProperty("paths").GetProperty("/api/v1/documents/{document}/submit").GetProperty("post");
        foreach (var status in new[] { "400", "401", "403", "404", "409" })
        {
            Assert.True(submit.GetProperty("responses").TryGetProperty(status, out _), $"submit documents no {status}");
        }

        Assert.Equal(2, submit.GetProperty("security").GetArrayLength());
        var list = root.GetProperty("paths").GetProperty("/api/v1/documents").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        Assert.Equal("integer", parameters["pageSize"].GetProperty("type").GetString());
        Assert.Equal(100, parameters["pageSize"].GetProperty("maximum").GetInt32());
        Assert.Contains("Regulation", parameters["kind"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(root.GetProperty("paths").EnumerateObject(), p => p.Value.TryGetProperty("head", out _));
    }
}
