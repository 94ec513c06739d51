using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using PolicyLibrary.Data;
using PolicyLibrary.Data.PostgreSql;
using PolicyLibrary.Data.Sqlite;

namespace PolicyLibrary.Tests.Support;

/// <summary>
/// The provider the tests run on: SQLite by default, PostgreSQL with <c>POLICYLIBRARY_TEST_DATABASE=PostgreSql</c> and
/// <c>POLICYLIBRARY_TEST_POSTGRES</c> naming a server (<c>Host=127.0.0.1;Port=…;Username=postgres</c>), on which every test
/// database is a new database with a random name, dropped when the test is done. <c>.ci/test</c> runs the tests once each way.
/// </summary>
public static class TestProvider
{
    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("POLICYLIBRARY_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string Name => IsPostgreSql ? "PostgreSql" : "Sqlite";

    private static string Server => Environment.GetEnvironmentVariable("POLICYLIBRARY_TEST_POSTGRES")
        ?? throw new InvalidOperationException("POLICYLIBRARY_TEST_DATABASE=PostgreSql needs POLICYLIBRARY_TEST_POSTGRES (a server's connection string).");

    /// <summary>A new, empty database: a file in <paramref name="folder"/> for SQLite, a fresh database on the server for PostgreSQL.</summary>
    public static string NewDatabase(TempFolder folder, string fileName)
    {
        if (!IsPostgreSql)
        {
            // No pooling, so the file is really closed when the folder is deleted.
            return $"Data Source={folder[fileName]};Pooling=False";
        }

        var name = $"pl_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="NewDatabase"/> (the SQLite file goes with its folder).</summary>
    public static void DropDatabase(string connectionString)
    {
        if (!IsPostgreSql)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        // FORCE: a site under test may still hold connections when it is disposed.
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Options from the configurations (not the compiled model), on the provider under test.</summary>
    public static DbContextOptions<PolicyLibraryDbContext> Options(string connectionString, params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<PolicyLibraryDbContext>();
        return (IsPostgreSql
            ? builder.UseLibraryPostgreSqlModelFromConfigurations(connectionString)
            : builder.UseLibrarySqliteModelFromConfigurations(connectionString)).AddInterceptors(interceptors).Options;
    }
}
