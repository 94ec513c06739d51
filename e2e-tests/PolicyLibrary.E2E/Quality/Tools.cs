namespace PolicyLibrary.E2E.Quality;

/// <summary>The npm packages of e2e-tests/package.json; <c>.ci/test</c> installs them with <c>npm ci</c>.</summary>
internal static class Tools
{
    public static string Path(string package, params string[] inside)
    {
        var file = System.IO.Path.Combine([PolicyLibrary.Tests.Support.RepositoryPaths.Root, "e2e-tests", "node_modules", package, .. inside]);
        return File.Exists(file)
            ? file
            : throw new InvalidOperationException($"{file} is missing: run `npm ci --ignore-scripts` in e2e-tests/ (.ci/test does).");
    }
}
