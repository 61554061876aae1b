using FormHub.Storage.Errors;
using Npgsql;

namespace FormHub.Storage.Backup;

/// <summary>
/// PostgreSQL backups are pg_dump of FormHub's schema in the custom format (one consistent snapshot, taken while saves
/// go on) and pg_restore of it in one transaction.
/// </summary>
internal static class PostgresBackup
{
    public static Task DumpAsync(string connectionString, string schema, string target, CancellationToken ct) =>
        PostgresTools.RunAsync("pg_dump", connectionString,
            ["--format=custom", "--schema=" + schema, "--no-owner", "--no-privileges", "--file=" + target], ct);

    /// <summary>
    /// Restores into an empty store: the backup must be of the same schema name (pg_restore cannot rename one); the empty
    /// tables FormHub created are dropped first, and a failed restore leaves the schema empty again.
    /// </summary>
    public static async Task RestoreAsync(string connectionString, string schema, string backupFile, CancellationToken ct)
    {
        string listing;
        try
        {
            listing = await PostgresTools.RunAsync("pg_restore", connectionString, ["--list", backupFile], ct);
        }
        catch (BackupException)
        {
            throw new BackupException($"{backupFile} 不是 PostgreSQL 的 pg_dump 备份（自定义格式）", $"{backupFile} is not a pg_dump custom-format backup");
        }
        var schemas = listing.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 6 && parts[3] == "SCHEMA" && parts[4] == "-")
            .Select(parts => parts[5])
            .ToList();
        if (schemas.Count != 1 || schemas[0] != schema)
        {
            var found = schemas.Count == 0 ? "没有 schema" : string.Join("、", schemas);
            throw new BackupException($"备份中的 schema 是 {found}，而目标是 {schema}：请恢复到同名 schema（可用一个新的空数据库）",
                $"The backup holds schema {found}, the target is {schema}");
        }

        await ExecuteAsync(connectionString, $"DROP SCHEMA IF EXISTS \"{schema.Replace("\"", "\"\"")}\" CASCADE", ct);
        await PostgresTools.RunAsync("pg_restore", connectionString,
            ["--single-transaction", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname=" + Database(connectionString), backupFile], ct);
    }

    private static string Database(string connectionString)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        return cs.Database ?? cs.Username ?? "postgres";
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
