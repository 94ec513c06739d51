using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using PolicyLibrary.Data.PostgreSql.CompiledModel;

namespace PolicyLibrary.Data.PostgreSql;

public static class PostgreSqlData
{
    /// <summary>The provider's search index and maintenance, attached to every context on PostgreSQL.</summary>
    public static readonly DatabaseProvider Provider = new("PostgreSql", new PostgreSqlSearchIndex(), new PostgreSqlMaintenance());

    public static void Configure(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(PostgreSqlData).Assembly.GetName().Name);

    /// <summary>
    /// The site's options: PostgreSQL with the compiled model in <c>CompiledModel/</c>. After a change to the model,
    /// generate it again (CompiledModelTests fails until then):
    /// <c>dotnet ef dbcontext optimize --project src/PolicyLibrary.Data.PostgreSql --startup-project src/PolicyLibrary.Data.PostgreSql --output-dir CompiledModel --namespace PolicyLibrary.Data.PostgreSql.CompiledModel</c>
    /// </summary>
    public static TBuilder UseLibraryPostgreSql<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseLibraryPostgreSqlModelFromConfigurations(connectionString).UseModel(PolicyLibraryDbContextModel.Instance);
        return options;
    }

    /// <summary>The same, with the model built from the configurations (tests, design time).</summary>
    public static TBuilder UseLibraryPostgreSqlModelFromConfigurations<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, Configure).UseLibraryProvider(Provider);
        return options;
    }
}
