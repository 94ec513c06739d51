using System.Diagnostics;
using System.Text.Json;

namespace PolicyLibrary.E2E.Quality;

/// <summary>The W3C Nu HTML checker (npm vnu-jar), run once over a folder of saved pages: the JVM takes seconds to start.</summary>
internal static class HtmlValidator
{
    /// <summary>Validates every .html file in the folder; returns the errors as "file:line: message" (none when all are valid).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(SiteFixture site, string folder)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", Tools.Path("vnu-jar", "build", "dist", "vnu.jar"), "--format", "json", "--errors-only", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        var output = java.StandardOutput.ReadToEndAsync();
        var report = java.StandardError.ReadToEndAsync(); // vnu writes its JSON report to stderr
        await java.WaitForExitAsync();

        var json = (await report).Trim();
        if (!json.StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu did not report JSON (exit {java.ExitCode}): {json}{await output}");
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal")
            .Select(m => $"{Path.GetFileName(Text(m, "url"))}:{Text(m, "lastLine")}: {Text(m, "message")}  «{Text(m, "extract").ReplaceLineEndings(" ")}»")];
    }

    private static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.ToString() : "";
}
