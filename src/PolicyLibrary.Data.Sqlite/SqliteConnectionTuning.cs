using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>
/// Concurrent writers (a check-in burst) on one SQLite file: WAL lets readers go on while one request writes, and a
/// busy timeout makes a writer wait inside SQLite (fine-grained) rather than fail with SQLITE_BUSY into the provider's
/// coarse retry loop, which turned a 1,000-person burst into seconds of queueing.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static readonly SqliteConnectionTuning Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA journal_mode=WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
