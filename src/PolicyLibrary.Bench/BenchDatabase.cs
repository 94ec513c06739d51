using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PolicyLibrary.Data;
using PolicyLibrary.Data.PostgreSql;
using PolicyLibrary.Data.Sqlite;

namespace PolicyLibrary.Bench;

/// <summary>
/// A database opened the way the site opens it (same provider options, compiled model, pooled connections). SQLite by
/// default, where the name is a file; with <c>BENCH_DATABASE=PostgreSql</c> the name is a database on the server of
/// <c>BENCH_POSTGRES</c> (<c>Host=127.0.0.1;Port=…;Username=postgres</c>).
/// </summary>
internal sealed class BenchDatabase
{
    private static readonly bool PostgreSql =
        string.Equals(Environment.GetEnvironmentVariable("BENCH_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public BenchDatabase(string name)
    {
        // A temporary file's path stands for a temporary database of its own on PostgreSQL.
        Name = !PostgreSql ? System.IO.Path.GetFullPath(name) : name.Contains('/', StringComparison.Ordinal) ? $"bench_{Guid.NewGuid():N}" : name;
        ConnectionString = PostgreSql
            ? new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString
            : $"Data Source={Name}";
    }

    /// <summary>The file (SQLite) or database name (PostgreSQL).</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    private static string Server => Environment.GetEnvironmentVariable("BENCH_POSTGRES")
        ?? throw new InvalidOperationException("BENCH_DATABASE=PostgreSql needs BENCH_POSTGRES (a server's connection string)");

    public PolicyLibraryDbContext NewContext() => new(PostgreSql
        ? new DbContextOptionsBuilder<PolicyLibraryDbContext>().UseLibraryPostgreSql(ConnectionString).Options
        : new DbContextOptionsBuilder<PolicyLibraryDbContext>().UseLibrarySqlite(ConnectionString).Options);

    public bool Exists()
    {
        if (!PostgreSql)
        {
            return File.Exists(Name);
        }

        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @name)", connection);
        command.Parameters.AddWithValue("name", Name);
        return (bool)command.ExecuteScalar()!;
    }

    /// <summary>Creates the database (PostgreSQL; SQLite creates its file) and applies the migrations.</summary>
    public async Task MigrateAsync()
    {
        if (PostgreSql && !Exists())
        {
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public double SizeMb()
    {
        if (!PostgreSql)
        {
            return new FileInfo(Name).Length / 1024.0 / 1024.0;
        }

        using var db = NewContext();
        return db.Database.SqlQuery<long>($"SELECT pg_database_size(current_database()) AS \"Value\"").AsEnumerable().Single() / 1024.0 / 1024.0;
    }

    /// <summary>Drops a temporary database (the SQLite file goes with its folder).</summary>
    public void Drop()
    {
        if (!PostgreSql)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public static void ReleaseFiles()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}
