using System.Diagnostics;
using Npgsql;
using PolicyLibrary.Backup;

namespace PolicyLibrary.Data.PostgreSql;

/// <summary>
/// Backups of a PostgreSQL database with the server's own tools, <c>pg_dump</c> and <c>pg_restore</c> (Debian's
/// postgresql-client): the dump is one consistent snapshot (a repeatable-read transaction) taken while the site writes,
/// in the custom format, so it is compressed and restored in one transaction. The connection's password goes to the
/// tools through the environment, never on a command line that <c>ps</c> shows.
/// </summary>
public sealed class PostgreSqlDatabaseCopy(string connectionString, string? toolFolder = null) : IDatabaseCopy
{
    public string Provider => "PostgreSql";

    public Task CopyToAsync(string file, CancellationToken ct = default) =>
        RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file], ct);

    public async Task RestoreFromAsync(string file, CancellationToken ct = default)
    {
        // --clean drops what the dump holds before making it again; --single-transaction makes that all or nothing,
        // so a restore that fails half-way leaves the database as it was.
        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", Database, file], ct);
        NpgsqlConnection.ClearAllPools();
    }

    public async Task<IReadOnlyList<string>> CheckAsync(string? file = null, CancellationToken ct = default)
    {
        if (file is not null)
        {
            // The archive's table of contents is read through; the manifest's checksum already covers its bytes.
            try
            {
                await RunAsync("pg_restore", ["--list", file], ct);
                return [];
            }
            catch (DatabaseCopyException e)
            {
                return [$"备份中的数据库文件无法读取：{e.Message}"];
            }
        }

        var problems = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);

        // Every table is read through once: a damaged page fails the scan (and its checksum, where the cluster has them).
        var tables = await ListAsync(connection, """
            SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1
            """, ct);
        foreach (var table in tables)
        {
            try
            {
                await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table}", ct);
            }
            catch (PostgresException e)
            {
                problems.Add($"数据表 {table} 无法完整读取：{e.MessageText}");
            }
        }

        // B-tree structure, where the amcheck extension is installed (it comes with the server; CREATE EXTENSION amcheck).
        if (await ScalarAsync(connection, "SELECT COUNT(*) FROM pg_extension WHERE extname = 'amcheck'", ct) > 0)
        {
            var indexes = await ListAsync(connection, """
                SELECT format('%I.%I', n.nspname, c.relname) FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_am a ON a.oid = c.relam
                WHERE a.amname = 'btree' AND n.nspname = current_schema() ORDER BY 1
                """, ct);
            foreach (var index in indexes)
            {
                try
                {
                    await ScalarAsync(connection, $"SELECT COUNT(*) FROM bt_index_check('{index}'::regclass, true)", ct);
                }
                catch (PostgresException e)
                {
                    problems.Add($"索引 {index} 已损坏（{e.MessageText}），请用 REINDEX 重建。");
                }
            }
        }

        // Every document and interpretation has its entry (row = id × 2, + 1 for interpretations), and nothing else does.
        var missing = await ScalarAsync(connection, """
            SELECT (SELECT COUNT(*) FROM "Documents" d WHERE NOT EXISTS (SELECT 1 FROM "SearchIndex" s WHERE s."Row" = d."Id" * 2::bigint))
                 + (SELECT COUNT(*) FROM "Interpretations" i WHERE NOT EXISTS (SELECT 1 FROM "SearchIndex" s WHERE s."Row" = i."Id" * 2::bigint + 1))
            """, ct);
        var stray = await ScalarAsync(connection, """
            SELECT COUNT(*) FROM "SearchIndex" s
            WHERE NOT EXISTS (SELECT 1 FROM "Documents" d WHERE s."Row" = d."Id" * 2::bigint)
              AND NOT EXISTS (SELECT 1 FROM "Interpretations" i WHERE s."Row" = i."Id" * 2::bigint + 1)
            """, ct);
        if (missing + stray > 0)
        {
            problems.Add($"全文检索索引与内容不一致：缺少 {missing} 项，多出 {stray} 项，请运行 rebuild-search。");
        }

        return problems;
    }

    private string Database => new NpgsqlConnectionStringBuilder(connectionString).Database
        ?? throw new DatabaseCopyException("连接字符串 ConnectionStrings:PolicyLibrary 未指定 Database。");

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(ToolPath(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (tool == "pg_dump")
        {
            start.ArgumentList.Add("--dbname");
            start.ArgumentList.Add(Database);
        }

        // libpq's own variables: host, port, user and password never appear among the arguments.
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGPASSWORD"] = settings.Password;
        start.Environment["PGCONNECT_TIMEOUT"] = "10";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DatabaseCopyException($"{tool} 无法启动。");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DatabaseCopyException($"找不到 {tool}（{start.FileName}）：请安装 PostgreSQL 客户端（Debian：apt-get install postgresql-client），其主版本不低于服务器。", e);
        }

        using var _ = process;
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.ReadToEndAsync(ct); // drained, so a long --list never blocks the tool
        await process.WaitForExitAsync(ct);
        await output;
        if (process.ExitCode != 0)
        {
            throw new DatabaseCopyException($"{tool} 失败（退出码 {process.ExitCode}）：{(await error).Trim()}");
        }
    }

    /// <summary>The tool from the configured folder, else from Debian's newest server folder, else from PATH.</summary>
    private string ToolPath(string tool)
    {
        if (toolFolder is not null)
        {
            return Path.Combine(toolFolder, tool);
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return debian ?? tool;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
