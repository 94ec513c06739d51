namespace PolicyLibrary.Tests.Support;

/// <summary>A theory over SQLite files (the upgrade fixtures): skipped when the tests run on PostgreSQL.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute()
    {
        if (TestProvider.IsPostgreSql)
        {
            Skip = "SQLite only";
        }
    }
}
