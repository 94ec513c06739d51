using System.Text;
using System.Text.Json;

namespace PolicyLibrary.E2E.Quality;

/// <summary>
/// axe-core from e2e-tests/node_modules (installed by <c>npm ci</c> from the committed lock file), evaluated in the
/// page through the DevTools protocol, which the site's CSP (<c>script-src 'self'</c>) does not apply to.
/// </summary>
internal static class Axe
{
    /// <summary>WCAG 2.1 A and AA, which GB/T 37668 is equivalent to.</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static string? _source;

    /// <summary>Runs axe on the page as it is now; returns the violations as readable lines (none when the page passes).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(SiteFixture site, IPage page, params string[] onlyRules)
    {
        _source ??= await File.ReadAllTextAsync(Tools.Path("axe-core", "axe.min.js"));
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(_source);
        }

        var options = onlyRules.Length > 0
            ? (object)new { runOnly = new { type = "rule", values = onlyRules }, resultTypes = new[] { "violations" } }
            : new { runOnly = new { type = "tag", values = Tags }, resultTypes = new[] { "violations" } };
        var result = await page.EvaluateAsync<JsonElement>(
            "options => axe.run(document, options).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })) })))",
            options);

        var lines = new List<string>();
        foreach (var violation in result.EnumerateArray())
        {
            var text = new StringBuilder($"[{violation.GetProperty("id").GetString()}] ({violation.GetProperty("impact").GetString()}) {violation.GetProperty("help").GetString()}");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(8))
            {
                text.Append(Environment.NewLine).Append("    ").Append(node.GetProperty("target").GetString())
                    .Append(" — ").Append(node.GetProperty("summary").GetString()?.ReplaceLineEndings(" "));
            }

            lines.Add(text.ToString());
        }

        return lines;
    }
}
