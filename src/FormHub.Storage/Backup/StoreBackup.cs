using FormHub.Core.Catalog;
using FormHub.Storage.Errors;

namespace FormHub.Storage.Backup;

/// <summary>
/// Backups people can restore: the whole store (entities, event log with chain heads, periodic values, report rows,
/// submissions, accounts, subscriptions …) to one file while the store stays in use, and back into an empty store only.
/// The audit key file is not in the backup: keep it (and its backups) apart, or the restored chain cannot be verified.
/// </summary>
public static class StoreBackup
{
    /// <summary>Writes a consistent copy of the configured store to <paramref name="file"/>, which must not exist yet.</summary>
    public static async Task BackupAsync(StorageOptions options, string file, CancellationToken ct = default)
    {
        RefuseShards(options);
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
            throw new BackupException($"备份文件 {target} 已存在；为免覆盖已有备份，请换一个文件名", $"The backup file {target} already exists");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (options.PostgresConnectionString is { } cs) await PostgresBackup.DumpAsync(cs, options.PostgresSchema, target, ct);
        else await SqliteBackup.CopyAsync(options.SqlitePath, target, ct);
    }

    /// <summary>A province on several databases is backed up shard by shard (pg_dump of each), not as one file.</summary>
    private static void RefuseShards(StorageOptions options)
    {
        if (options.ShardLayoutFile is not null)
            throw new BackupException("分片部署（FORMHUB_SHARDS）不能用 formhub backup/restore 整体备份：请对每个分片分别运行 formhub backup（FORMHUB_POSTGRES 指向该分片）。",
                "A sharded store (FORMHUB_SHARDS) is not backed up as one file: run formhub backup once per shard with FORMHUB_POSTGRES set to that shard.");
    }

    /// <summary>
    /// Restores <paramref name="file"/> into the configured store, which must be empty (a new data folder, database or
    /// schema): a restore never merges into, or overwrites, data that is there.
    /// </summary>
    public static async Task RestoreAsync(StorageOptions options, FieldCatalog catalog, string file, CancellationToken ct = default)
    {
        RefuseShards(options);
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) throw new BackupException($"找不到备份文件 {source}", $"The backup file {source} does not exist");

        await using (var store = await FormHubStoreFactory.OpenAsync(options, catalog, ct: ct))
        {
            if (await store.CountRowsAsync(ct) is > 0 and var rows)
            {
                throw new BackupException(
                    $"目标库不是空的（已有 {rows} 行数据）：恢复只写入空库，不会覆盖或合并现有数据。请换一个空的数据目录、数据库或 schema 后再恢复。",
                    $"The target store is not empty ({rows} rows): a restore only goes into an empty store");
            }
        }
        try
        {
            if (options.PostgresConnectionString is { } cs) await PostgresBackup.RestoreAsync(cs, options.PostgresSchema, source, ct);
            else await SqliteBackup.RestoreAsync(source, options.SqlitePath, ct);
        }
        finally
        {
            // Older backups get the current schema (new columns, the key columns) before anyone uses them; after a failed
            // restore this leaves an empty store, ready for another try.
            await using var restored = await FormHubStoreFactory.OpenAsync(options, catalog, ct: CancellationToken.None);
        }
    }
}
