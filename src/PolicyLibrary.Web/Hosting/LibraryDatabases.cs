using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Backup;
using PolicyLibrary.Data.PostgreSql;
using PolicyLibrary.Data.Sqlite;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// The one place a provider is chosen by name (<c>PolicyLibrary:Database</c>): each provider project's Use… call.
/// Everything else reaches the provider through the context (<c>PolicyLibraryDbContext.Provider</c>).
/// </summary>
public sealed class LibraryDatabases
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    private readonly Func<DbContextOptionsBuilder, string, DbContextOptionsBuilder> _use;
    private readonly Func<string, string> _defaultConnectionString;
    private readonly Func<string, IDatabaseCopy> _backupCopy;

    private LibraryDatabases(
        string name, Func<DbContextOptionsBuilder, string, DbContextOptionsBuilder> use, Func<string, string> defaultConnectionString, Func<string, IDatabaseCopy> backupCopy)
    {
        Name = name;
        _use = use;
        _defaultConnectionString = defaultConnectionString;
        _backupCopy = backupCopy;
    }

    public string Name { get; }

    public static LibraryDatabases Of(string? name) => name switch
    {
        null or "" or Sqlite => new(Sqlite, (o, cs) => o.UseLibrarySqlite(cs),
            dataPath => $"Data Source={Path.Combine(dataPath, "policylibrary.db")}", cs => new SqliteDatabaseCopy(cs)),
        PostgreSql => new(PostgreSql, (o, cs) => o.UseLibraryPostgreSql(cs),
            _ => throw new DatabaseSettingException("PolicyLibrary:Database=PostgreSql 需要连接字符串 ConnectionStrings:PolicyLibrary（如 Host=127.0.0.1;Database=policylibrary;Username=…;Password=…）。"),
            cs => new PostgreSqlDatabaseCopy(cs)),
        _ => throw new DatabaseSettingException($"PolicyLibrary:Database 只能是 {Sqlite} 或 {PostgreSql}，而不是“{name}”。"),
    };

    public DbContextOptionsBuilder Apply(DbContextOptionsBuilder options, string connectionString) => _use(options, connectionString);

    /// <summary>The provider's copy for <c>backup</c>/<c>restore</c>/<c>check</c>: SQLite's online backup, or pg_dump/pg_restore.</summary>
    public IDatabaseCopy BackupCopy(string connectionString) => _backupCopy(connectionString);

    /// <summary>Where the database is when <c>ConnectionStrings:PolicyLibrary</c> is not set (SQLite only: a file in the data folder).</summary>
    public string DefaultConnectionString(string dataPath) => _defaultConnectionString(dataPath);
}
