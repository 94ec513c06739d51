namespace PolicyLibrary.Tests.Support;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyLibrary.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyLibrary.sln not found above " + AppContext.BaseDirectory);
    }
}
