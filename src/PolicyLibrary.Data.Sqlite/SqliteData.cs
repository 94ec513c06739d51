using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PolicyLibrary.Data.Sqlite;

public static class SqliteData
{
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsAssembly(typeof(SqliteData).Assembly.GetName().Name);
}
