namespace PolicyLibrary.Tests.Support;

/// <summary>A test of the PostgreSQL provider: skipped when the tests run on SQLite.</summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (!TestProvider.IsPostgreSql)
        {
            Skip = "PostgreSQL only";
        }
    }
}
