using Microsoft.Data.Sqlite;
using PolicyLibrary.Data.Sqlite;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Backup;

/// <summary>The SQLite copy behind backup and restore, on its own files (whatever provider the run tests).</summary>
public sealed class SqliteDatabaseCopyTests
{
    [Fact]
    public async Task Copy_ShouldWaitForAWriterToCommit_NotFailWithDatabaseIsLocked()
    {
        using var folder = new TempFolder();
        var file = folder["library.db"];
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        try
        {
            await using var writer = new SqliteConnection(connectionString);
            await writer.OpenAsync();
            await ExecuteAsync(writer, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");

            // A rollback-journal file with a writer holding the lock is the case where a reader gets SQLITE_BUSY
            // (the daily backup seen failing in a test: error 5 at once, no wait).
            await ExecuteAsync(writer, "BEGIN EXCLUSIVE; INSERT INTO t VALUES (2);");
            // On another thread: SQLite waits inside the call, which would otherwise block this one.
            var copy = Task.Run(() => new SqliteDatabaseCopy(connectionString).CopyToAsync(folder["copy.db"]));
            await Task.Delay(300);
            Assert.False(copy.IsCompleted, "the copy should wait for the writer, not finish or fail while it holds the lock");
            await ExecuteAsync(writer, "COMMIT;");
            await copy;

            await using var copied = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = folder["copy.db"], Pooling = false }.ToString());
            await copied.OpenAsync();
            await using var count = copied.CreateCommand();
            count.CommandText = "SELECT count(*) FROM t";
            Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
