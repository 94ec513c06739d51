using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PolicyLibrary.Data.Sqlite.CompiledModel;

namespace PolicyLibrary.Data.Sqlite;

public static class SqliteData
{
    /// <summary>The provider's search index and maintenance, attached to every context on SQLite.</summary>
    public static readonly DatabaseProvider Provider = new("Sqlite", new SqliteSearchIndex(), new SqliteMaintenance());

    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsAssembly(typeof(SqliteData).Assembly.GetName().Name);

    /// <summary>
    /// The site's options: SQLite with the compiled model in <c>CompiledModel/</c>. Building the model from the
    /// configurations took about half a second of every start; the compiled one loads in a few milliseconds. After a
    /// change to the model, generate it again (CompiledModelTests fails until then):
    /// <c>dotnet ef dbcontext optimize --project src/PolicyLibrary.Data.Sqlite --startup-project src/PolicyLibrary.Data.Sqlite --output-dir CompiledModel --namespace PolicyLibrary.Data.Sqlite.CompiledModel</c>
    /// </summary>
    public static TBuilder UseLibrarySqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseLibrarySqliteModelFromConfigurations(connectionString).UseModel(PolicyLibraryDbContextModel.Instance);
        return options;
    }

    /// <summary>The same, with the model built from the configurations (tests, design time).</summary>
    public static TBuilder UseLibrarySqliteModelFromConfigurations<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, Configure).UseLibraryProvider(Provider).AddInterceptors(SqliteConnectionTuning.Instance);
        return options;
    }
}
