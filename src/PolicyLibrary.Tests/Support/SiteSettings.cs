namespace PolicyLibrary.Tests.Support;

/// <summary>The configuration of a site process (<see cref="SiteProcess"/>) on a test database of the provider under test.</summary>
public static class SiteSettings
{
    public static Dictionary<string, string> For(TemporaryDatabase database) => For(database.ConnectionString);

    public static Dictionary<string, string> For(string connectionString) => new()
    {
        ["PolicyLibrary:Admin:Password"] = SiteFactory.AdminPassword,
        ["PolicyLibrary:Database"] = TestProvider.Name,
        ["ConnectionStrings:PolicyLibrary"] = connectionString,
    };
}
