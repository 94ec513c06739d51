namespace PolicyLibrary.Tests.Support;

/// <summary>A theory about the PostgreSQL provider: skipped when the tests run on SQLite.</summary>
public sealed class PostgreSqlOnlyTheoryAttribute : TheoryAttribute
{
    public PostgreSqlOnlyTheoryAttribute()
    {
        if (!TestProvider.IsPostgreSql)
        {
            Skip = "PostgreSQL only";
        }
    }
}
