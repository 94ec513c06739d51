using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for SQLite without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PolicyLibraryDbContext>
{
    public PolicyLibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseSqlite("Data Source=design-time.db", SqliteData.Configure)
            .Options);
}
