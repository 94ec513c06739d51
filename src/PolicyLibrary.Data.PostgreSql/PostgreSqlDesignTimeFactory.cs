using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PolicyLibrary.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for PostgreSQL without a server or the web host.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PolicyLibraryDbContext>
{
    public PolicyLibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=policylibrary_design", PostgreSqlData.Configure)
            .Options);
}
