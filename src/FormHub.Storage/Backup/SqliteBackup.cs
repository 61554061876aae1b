using FormHub.Storage.Errors;
using Microsoft.Data.Sqlite;

namespace FormHub.Storage.Backup;

/// <summary>
/// SQLite's online backup API: pages are copied under a read transaction, so saves may go on meanwhile and the copy is
/// one consistent moment (a file copy of a database in WAL mode could miss committed pages still in the -wal file).
/// </summary>
internal static class SqliteBackup
{
    public static Task CopyAsync(string databaseFile, string target, CancellationToken ct)
    {
        if (!File.Exists(databaseFile))
            throw new BackupException($"找不到数据库文件 {Path.GetFullPath(databaseFile)}：没有可备份的数据", $"No database at {databaseFile}");
        return Task.Run(() =>
        {
            var temp = target + ".partial";
            using (var source = Open(databaseFile, SqliteOpenMode.ReadOnly))
            using (var destination = Open(temp, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(destination);
            }
            SqliteConnection.ClearAllPools();
            File.Move(temp, target);
        }, ct);
    }

    public static Task RestoreAsync(string backupFile, string databaseFile, CancellationToken ct) => Task.Run(() =>
    {
        using (var backup = Open(backupFile, SqliteOpenMode.ReadOnly))
        {
            if (!IsFormHubDatabase(backup))
                throw new BackupException($"{backupFile} 不是 FormHub 的 SQLite 备份（其中没有事件日志表）", $"{backupFile} is not a FormHub SQLite backup");
            // Pooled connections of the (empty) target would keep its old pages: close them, then copy over every page.
            SqliteConnection.ClearAllPools();
            using var target = Open(databaseFile, SqliteOpenMode.ReadWriteCreate);
            backup.BackupDatabase(target);
        }
        SqliteConnection.ClearAllPools();
    }, ct);

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static bool IsFormHubDatabase(SqliteConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('events', 'village_chains', 'entities')";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 3;
        }
        catch (SqliteException)
        {
            return false; // not a database at all (a pg_dump file, say)
        }
    }
}
