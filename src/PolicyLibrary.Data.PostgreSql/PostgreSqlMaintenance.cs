using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PolicyLibrary.Data.PostgreSql;

/// <summary>A session advisory lock for start-up, ANALYZE of stale tables; nothing belongs to the database itself.</summary>
public sealed class PostgreSqlMaintenance : IDatabaseMaintenance
{
    /// <summary>Any fixed number: the lock is PolicyLibrary's start-up, in this database.</summary>
    private const long StartupLockKey = 0x506f6c6963794c;

    /// <summary>
    /// Held on a connection of its own, so that it lasts across the migrations, the import and the administrator
    /// (which open and close the context's connections as they go); a second node waits here, then finds them done.
    /// </summary>
    public async Task<IAsyncDisposable> LockForStartupAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        var connection = (NpgsqlConnection)((ICloneable)db.Database.GetDbConnection()).Clone();
        await connection.OpenAsync(ct);
        // No command timeout: the other node may import for minutes on a slow machine, and waiting is the point.
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", connection) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        return new StartupLock(connection);
    }

    public Task PrepareAsync(PolicyLibraryDbContext db, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>
    /// Autovacuum analyses in the background, but only after it notices; a fresh import would be planned without
    /// statistics for a while. Like SQLite's <c>PRAGMA optimize</c>, only tables never analysed, or changed by more than a
    /// tenth since, are analysed.
    /// </summary>
    public async Task RefreshStatisticsAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        var stale = await db.Database.SqlQueryRaw<string>("""
            SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS "Value" FROM pg_stat_user_tables
            WHERE n_live_tup + n_mod_since_analyze > 0
              AND (coalesce(last_analyze, last_autoanalyze) IS NULL OR n_mod_since_analyze > n_live_tup / 10)
            """).ToListAsync(ct);
        if (stale.Count > 0)
        {
            // Names as quote_ident made them.
            var sql = $"ANALYZE {string.Join(", ", stale)}";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    /// <summary>ANALYZE reads a fixed-size sample of each table, so the same stale-only refresh is already bounded.</summary>
    public Task RefreshStaleStatisticsAsync(PolicyLibraryDbContext db, CancellationToken ct = default) => RefreshStatisticsAsync(db, ct);

    /// <summary>
    /// No server (stopped, restarting, or ending this session), no such database, or refused credentials: nothing the
    /// site can do but say so.
    /// </summary>
    public bool IsUnreachable(Exception exception) => exception switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InvalidPassword
            or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown,
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } => true,
        SocketException => true,
        _ => exception.InnerException is { } inner && IsUnreachable(inner),
    };

    /// <summary>The server's disk is full, or it is a read-only standby.</summary>
    public bool IsOutOfStorage(Exception exception) => exception switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.DiskFull or PostgresErrorCodes.ReadOnlySqlTransaction,
        _ => exception.InnerException is { } inner && IsOutOfStorage(inner),
    };

    /// <summary>The channel of every PolicyLibrary process on this database; the payload is the tag.</summary>
    public const string ChangesChannel = "policylibrary_changes";

    /// <summary>Delivered when the transaction commits, and not at all when it rolls back.</summary>
    public Task NotifyChangedAsync(PolicyLibraryDbContext db, string tag, CancellationToken ct = default) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({ChangesChannel}, {tag})", ct);

    /// <summary>A connection of its own that LISTENs; notifications arrive while it waits.</summary>
    public async Task<IChangeListener> ListenAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        var connection = (NpgsqlConnection)((ICloneable)db.Database.GetDbConnection()).Clone();
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"LISTEN {ChangesChannel}", connection);
            await command.ExecuteNonQueryAsync(ct);
            return new Listener(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Listener(NpgsqlConnection connection) : IChangeListener
    {
        public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => connection.WaitAsync(timeout, ct);

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private sealed class StartupLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        // Closing the session releases its advisory locks.
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
