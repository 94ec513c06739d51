namespace PolicyLibrary.Tests.Support;

public static class FolderComparison
{
    /// <summary>Every file of both folders, by relative path, with its bytes as text (binary files as base64).</summary>
    public static SortedDictionary<string, string> Read(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(root, p).Replace('\\', '/'),
            p => Convert.ToBase64String(File.ReadAllBytes(p))),
        StringComparer.Ordinal);

    public static void AssertEqual(string expectedRoot, string actualRoot)
    {
        var expected = Read(expectedRoot);
        var actual = Read(actualRoot);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, content) in expected)
        {
            Assert.True(content == actual[file], $"{file} differs");
        }
    }
}
