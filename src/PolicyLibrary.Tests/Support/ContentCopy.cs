namespace PolicyLibrary.Tests.Support;

/// <summary>A writable copy of a content folder, for tests that change files before importing them.</summary>
internal static class ContentCopy
{
    public static string Of(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
