using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

public sealed partial class SqlFormHubStore
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
        await using var connection = await _dialect.OpenAsync(ct);
        if (await ColumnExistsAsync(connection, null, "village_chains", "head_mac", ct)) return;
        await using var tx = await _dialect.BeginWriteAsync(connection, ct);
        // Two processes starting on one database: the lock queues the second, which then finds the columns added.
        await _dialect.LockVillageChainsAsync(connection, tx, ["schema-upgrade"], ct);
        if (await ColumnExistsAsync(connection, tx, "village_chains", "head_mac", ct)) return;
        foreach (var statement in new[]
                 {
                     $"ALTER TABLE {T("events")} ADD COLUMN key_id TEXT",
                     $"ALTER TABLE {T("village_chains")} ADD COLUMN head_key_id TEXT",
                     $"ALTER TABLE {T("village_chains")} ADD COLUMN head_mac TEXT",
                 })
        {
            await using var alter = connection.Command(statement, tx);
            await alter.ExecuteNonQueryAsync(ct);
        }

        var heads = new List<(string County, string Village, long Seq, string Hash)>();
        await using (var read = connection.Command($"SELECT county_code, village_code, last_village_seq, last_hash FROM {T("village_chains")}", tx))
        await using (var r = await read.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) heads.Add((r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3)));
        }
        var key = AuditKeys.Current;
        await using var seal = connection.Command(
            $"UPDATE {T("village_chains")} SET head_key_id = @key, head_mac = @mac WHERE county_code = @county AND village_code = @village", tx)
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
        await using var command = connection.Command(_dialect.ColumnExists, tx).With("@table", table).With("@column", column);
        return await command.ScalarLongAsync(ct) > 0;
    }

    public async Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var breaks = new List<ChainBreak>();
        var previousHash = EventHasher.Genesis;
        long expected = 1, checkedCount = 0, legacy = 0;
        var keyed = false;

        // Hash the stored columns as stored (payload text included), not the parsed event, so any edit shows.
        await using (var command = connection.Command(
            $"""
            SELECT seq, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source,
                   {_dialect.JsonAsText("payload")}, prev_hash, hash, key_id
            FROM {T("events")} WHERE village_code = @village ORDER BY village_seq
            """).With("@village", villageCode))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                checkedCount++;
                var seq = r.GetInt64(0);
                var villageSeq = r.GetInt64(1);
                if (villageSeq != expected)
                {
                    breaks.Add(new ChainBreak(expected, null, villageSeq > expected
                        ? $"第 {expected}–{villageSeq - 1} 条事件缺失（已被删除） / events {expected}–{villageSeq - 1} are missing"
                        : $"第 {villageSeq} 条事件重复 / event {villageSeq} is duplicated"));
                }
                var storedPrevious = r.GetString(11);
                var storedHash = r.GetString(12);
                if (storedPrevious != previousHash)
                {
                    breaks.Add(new ChainBreak(villageSeq, seq,
                        $"第 {villageSeq} 条事件（序号 {seq}）与前一条事件的哈希链接不符 / event {villageSeq} (seq {seq}) does not link to its predecessor"));
                }

                Audit.AuditKey? key = null;
                var keyId = r.IsDBNull(13) ? null : r.GetString(13);
                if (keyId is null)
                {
                    // Unkeyed events exist only from before keys: one after a signed event is a rewrite.
                    legacy++;
                    if (keyed)
                    {
                        breaks.Add(new ChainBreak(villageSeq, seq,
                            $"第 {villageSeq} 条事件（序号 {seq}）没有密钥签名，却排在已签名的事件之后：事件被改写 / event {villageSeq} (seq {seq}) is unsigned after signed events: rewritten"));
                    }
                }
                else
                {
                    keyed = true;
                    key = AuditKeys.Find(keyId);
                    if (key is null)
                    {
                        breaks.Add(new ChainBreak(villageSeq, seq,
                            $"第 {villageSeq} 条事件（序号 {seq}）由密钥 {keyId} 签名，但密钥文件 {AuditKeys.FilePath} 中没有这个密钥，无法核验 / event {villageSeq} (seq {seq}) was signed with key {keyId}, which the key file lacks"));
                    }
                }
                if (keyId is null || key is not null)
                {
                    var recomputed = EventHasher.Compute(villageCode, villageSeq, _dialect.ReadId(r, 2), r.GetString(3), r.GetInt32(4),
                        r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7),
                        r.GetString(8), r.GetInt32(9), r.GetString(10), storedPrevious, key);
                    if (recomputed != storedHash)
                    {
                        breaks.Add(new ChainBreak(villageSeq, seq, key is null
                            ? $"第 {villageSeq} 条事件（序号 {seq}）内容已被改动，哈希不符 / event {villageSeq} (seq {seq}) was altered: its hash does not match"
                            : $"第 {villageSeq} 条事件（序号 {seq}）内容已被改动，密钥签名不符 / event {villageSeq} (seq {seq}) was altered: its signature does not match"));
                    }
                }
                previousHash = storedHash;
                expected = villageSeq + 1;
            }
        }

        await VerifyHeadAsync(connection, villageCode, expected - 1, previousHash, checkedCount, breaks, ct);
        var differences = await CompareWithLogAsync(connection, villageCode, ct);
        return new ChainVerification(villageCode, checkedCount, breaks, differences, legacy);
    }

    /// <summary>
    /// The chain head remembers the last event, so removing events from the end is caught; its signature means the
    /// head cannot be replaced along with a rewritten chain.
    /// </summary>
    private async Task VerifyHeadAsync(DbConnection connection, string villageCode, long lastRead, string lastHash, long checkedCount,
        List<ChainBreak> breaks, CancellationToken ct)
    {
        await using var head = connection.Command(
            $"SELECT last_village_seq, last_hash, head_key_id, head_mac FROM {T("village_chains")} WHERE village_code = @village")
            .With("@village", villageCode);
        await using var h = await head.ExecuteReaderAsync(ct);
        if (!await h.ReadAsync(ct))
        {
            if (checkedCount > 0) breaks.Add(new ChainBreak(0, null, "链头记录缺失 / the chain head is missing"));
            return;
        }
        var lastSeq = h.GetInt64(0);
        var storedHash = h.GetString(1);
        if (lastSeq != lastRead)
        {
            breaks.Add(new ChainBreak(lastRead + 1, null,
                $"事件日志止于第 {lastRead} 条，但应有 {lastSeq} 条：末尾事件缺失 / the log ends at event {lastRead} but {lastSeq} were written"));
        }
        else if (storedHash != lastHash)
        {
            breaks.Add(new ChainBreak(lastSeq, null, $"第 {lastSeq} 条事件与链头记录不符 / event {lastSeq} does not match the chain head"));
        }

        var keyId = h.IsDBNull(2) ? null : h.GetString(2);
        var mac = h.IsDBNull(3) ? null : h.GetString(3);
        if (keyId is null || mac is null)
        {
            breaks.Add(new ChainBreak(lastSeq, null, "链头没有密钥签名：链头被替换过 / the chain head is not signed: it was replaced"));
        }
        else if (AuditKeys.Find(keyId) is not { } key)
        {
            breaks.Add(new ChainBreak(lastSeq, null,
                $"链头由密钥 {keyId} 签名，但密钥文件 {AuditKeys.FilePath} 中没有这个密钥，无法核验 / the chain head was signed with key {keyId}, which the key file lacks"));
        }
        else if (EventHasher.SealHead(villageCode, lastSeq, storedHash, key) != mac)
        {
            breaks.Add(new ChainBreak(lastSeq, null, "链头的密钥签名不符：链头被改写 / the chain head's signature does not match: it was rewritten"));
        }
    }
}
