using Microsoft.Data.Sqlite;
using PolicyLibrary.Backup;

namespace PolicyLibrary.Data.Sqlite;

/// <summary>
/// Backups of the SQLite file through SQLite's online backup API: the copy is one consistent snapshot even while the
/// site writes, and putting it back goes through the same API, so a database in WAL mode is replaced page by page
/// under SQLite's own locks rather than by moving files under open connections.
/// </summary>
public sealed class SqliteDatabaseCopy(string connectionString) : IDatabaseCopy
{
    public string Provider => "Sqlite";

    public async Task CopyToAsync(string file, CancellationToken ct = default)
    {
        await using var source = await OpenAsync(connectionString, ct);
        await using var target = await OpenAsync(FileConnection(file), ct);
        source.BackupDatabase(target);
        // A file on its own: no WAL beside it that a copy could leave behind.
        await ExecuteAsync(target, "PRAGMA journal_mode=DELETE", ct);
    }

    public async Task RestoreFromAsync(string file, CancellationToken ct = default)
    {
        SqliteConnection.ClearAllPools();
        await using var source = await OpenAsync(FileConnection(file), ct);
        await using var target = await OpenAsync(connectionString, ct);
        source.BackupDatabase(target);
        await ExecuteAsync(target, "PRAGMA journal_mode=WAL", ct);
        SqliteConnection.ClearAllPools();
    }

    public async Task<IReadOnlyList<string>> CheckAsync(string? file = null, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(file is null ? connectionString : FileConnection(file), ct);
        var problems = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA integrity_check";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetString(0) is var line and not "ok")
                {
                    problems.Add($"数据库完整性检查：{line}");
                }
            }
        }

        foreach (var table in new[] { "SearchIndex", "SearchTitles" })
        {
            try
            {
                await ExecuteAsync(connection, $"INSERT INTO {table}({table}) VALUES('integrity-check')", ct);
            }
            catch (SqliteException e)
            {
                problems.Add($"全文检索索引 {table} 已损坏（{e.Message}），请运行 rebuild-search。");
            }
        }

        // Every document and interpretation has its entry (row = id × 2, + 1 for interpretations), and nothing else does.
        var missing = await ScalarAsync(connection, """
            SELECT (SELECT COUNT(*) FROM Documents d WHERE NOT EXISTS (SELECT 1 FROM SearchIndex_docsize s WHERE s.id = d.Id * 2))
                 + (SELECT COUNT(*) FROM Interpretations i WHERE NOT EXISTS (SELECT 1 FROM SearchIndex_docsize s WHERE s.id = i.Id * 2 + 1))
            """, ct);
        var stray = await ScalarAsync(connection, """
            SELECT COUNT(*) FROM SearchIndex_docsize s
            WHERE NOT EXISTS (SELECT 1 FROM Documents d WHERE s.id = d.Id * 2)
              AND NOT EXISTS (SELECT 1 FROM Interpretations i WHERE s.id = i.Id * 2 + 1)
            """, ct);
        if (missing + stray > 0)
        {
            problems.Add($"全文检索索引与内容不一致：缺少 {missing} 项，多出 {stray} 项，请运行 rebuild-search。");
        }

        return problems;
    }

    private static string FileConnection(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    /// <summary>
    /// Opened as every site connection is (<see cref="SqliteConnectionTuning"/>): the backup takes SQLite's locks on
    /// both files, and a site writing at that moment (a check-in, the statistics refresh after start) must make it
    /// wait, not fail with SQLITE_BUSY (error 5) at once.
    /// </summary>
    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await SqliteConnectionTuning.TuneAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
