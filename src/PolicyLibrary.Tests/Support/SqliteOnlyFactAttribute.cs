namespace PolicyLibrary.Tests.Support;

/// <summary>A test of SQLite itself (its query plans, its PRAGMAs): skipped when the tests run on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestProvider.IsPostgreSql)
        {
            Skip = "SQLite only";
        }
    }
}
