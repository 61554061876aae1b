using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    /// <summary>
    /// Adds the key columns to databases from before the chain was keyed (<c>events.key_id</c>, the chain head's key id
    /// and signature) and signs their existing chain heads once, in the same transaction: from then on a chain head
    /// without a valid signature is reported, so the unkeyed events written before cannot be rewritten unnoticed either.
    /// This is the only time a head is signed without appending; a database whose columns exist is never re-signed.
    /// </summary>
    private async Task AddAuditKeyColumnsAsync(CancellationToken ct)
    {
        // A connection of its own: on SQLite a connection that has had a write transaction holds the write gate until it closes.
        await using var connection = await OpenAsync(ct);
        if (await ColumnExistsAsync(connection, null, "village_chains", "head_mac", ct)) return;
        await using var tx = await BeginWriteAsync(connection, ct);
        // Two processes starting on one database: SQLite's write lock queues the second, which then finds the columns added.
        if (await ColumnExistsAsync(connection, tx, "village_chains", "head_mac", ct)) return;
        foreach (var statement in new[]
                 {
                     $"ALTER TABLE events ADD COLUMN key_id TEXT",
                     $"ALTER TABLE village_chains ADD COLUMN head_key_id TEXT",
                     $"ALTER TABLE village_chains ADD COLUMN head_mac TEXT",
                 })
        {
            await using var alter = connection.Command(statement, tx);
            await alter.ExecuteNonQueryAsync(ct);
        }

        var heads = new List<(string County, string Village, long Seq, string Hash)>();
        await using (var read = connection.Command($"SELECT county_code, village_code, last_village_seq, last_hash FROM village_chains", tx))
        await using (var r = await read.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) heads.Add((r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3)));
        }
        var key = AuditKeys.Current;
        await using var seal = connection.Command(
            $"UPDATE village_chains SET head_key_id = @key, head_mac = @mac WHERE county_code = @county AND village_code = @village", tx)
            .With("@key", key.Id).With("@mac", "").With("@county", "").With("@village", "");
        foreach (var head in heads)
        {
            seal.Set("@mac", EventHasher.SealHead(head.Village, head.Seq, head.Hash, key));
            seal.Set("@county", head.County);
            seal.Set("@village", head.Village);
            await seal.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private async Task<bool> ColumnExistsAsync(DbConnection connection, DbTransaction? tx, string table, string column, CancellationToken ct)
    {
        await using var command = connection.Command("SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column", tx).With("@table", table).With("@column", column);
        return await command.ScalarLongAsync(ct) > 0;
    }

    public async Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var check = new ChainCheck(villageCode, AuditKeys);
        await using (var command = connection.Command(
            $"""
            SELECT seq, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source,
                   payload, prev_hash, hash, key_id
            FROM events WHERE village_code = @village ORDER BY village_seq
            """).With("@village", villageCode))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                check.Add(r.GetInt64(0), r.GetInt64(1), SqliteIds.Read(r, 2), r.GetString(3), r.GetInt32(4), r.GetFieldValue<DateOnly>(5),
                    r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7), r.GetString(8), r.GetInt32(9), r.GetString(10),
                    r.GetString(11), r.GetString(12), r.IsDBNull(13) ? null : r.GetString(13));
            }
        }

        await using (var head = connection.Command(
            $"SELECT last_village_seq, last_hash, head_key_id, head_mac FROM village_chains WHERE village_code = @village")
            .With("@village", villageCode))
        await using (var h = await head.ExecuteReaderAsync(ct))
        {
            check.CheckHead(await h.ReadAsync(ct)
                ? (h.GetInt64(0), h.GetString(1), h.IsDBNull(2) ? null : h.GetString(2), h.IsDBNull(3) ? null : h.GetString(3))
                : null);
        }
        var differences = await CompareWithLogAsync(connection, villageCode, ct);
        return new ChainVerification(villageCode, check.Checked, check.Breaks, differences, check.Legacy);
    }
}
