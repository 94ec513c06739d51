using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>
/// Concurrent writers (a check-in burst) on one SQLite file: WAL lets readers go on while one request writes, and a
/// busy timeout makes a writer wait inside SQLite (fine-grained) rather than fail with SQLITE_BUSY into the provider's
/// coarse retry loop, which turned a 1,000-person burst into seconds of queueing. The busy timeout belongs to a
/// connection, so it is set on every open; WAL belongs to the file, so it is set once, at start-up.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static readonly SqliteConnectionTuning Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout=10000;";

    /// <summary>Puts the file in WAL mode (it stays so); EF Core creates new files that way, older or copied ones may not be.</summary>
    public static Task UseWriteAheadLogAsync(DatabaseFacade database, CancellationToken ct = default) =>
        database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", ct);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        TuneAsync(connection, cancellationToken);

    /// <summary>The same for a connection opened outside EF Core (the backup copy's).</summary>
    public static async Task TuneAsync(DbConnection connection, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(ct);
    }
}
