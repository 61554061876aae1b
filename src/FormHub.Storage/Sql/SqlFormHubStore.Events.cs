using System.Data.Common;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

public sealed partial class SqlFormHubStore
{
    private string EventColumns =>
        $"seq, village_code, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source, " +
        $"{_dialect.JsonAsText("payload")}, prev_hash, hash";

    private EntityEvent ReadEvent(DbDataReader r)
    {
        var type = r.GetString(4);
        var (changes, retirement) = EventPayload.Read(r.GetString(11), type, Catalog);
        return new EntityEvent(
            Sequence: r.GetInt64(0),
            VillageCode: r.GetString(1),
            VillageSequence: r.GetInt64(2),
            EntityId: _dialect.ReadId(r, 3),
            EntityType: type,
            Kind: (EventKind)r.GetInt32(5),
            Changes: changes,
            ValidFrom: r.GetFieldValue<DateOnly>(6),
            Period: r.IsDBNull(7) ? null : r.GetString(7),
            Retirement: retirement,
            RecordedAt: r.GetFieldValue<DateTimeOffset>(8),
            User: r.GetString(9),
            Source: (ChangeSource)r.GetInt32(10),
            PreviousHash: r.GetString(12),
            Hash: r.GetString(13));
    }

    public async Task<IReadOnlyList<EntityEvent>> GetHistoryAsync(Guid entityId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {EventColumns} FROM {T("events")} WHERE entity_id = @id ORDER BY seq")
            .With("@id", _dialect.IdValue(entityId));
        return await ReadEventsAsync(command, ct);
    }

    private async Task<List<EntityEvent>> ReadEventsAsync(DbCommand command, CancellationToken ct)
    {
        var events = new List<EntityEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(ReadEvent(reader));
        return events;
    }

    public async Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var breaks = new List<ChainBreak>();
        var previousHash = EventHasher.Genesis;
        long expected = 1, checkedCount = 0;

        // Hash the stored columns as stored (payload text included), not the parsed event, so any edit shows.
        await using (var command = connection.Command(
            $"""
            SELECT seq, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source,
                   {_dialect.JsonAsText("payload")}, prev_hash, hash
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
                var recomputed = EventHasher.Compute(villageCode, villageSeq, _dialect.ReadId(r, 2), r.GetString(3), r.GetInt32(4),
                    r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7),
                    r.GetString(8), r.GetInt32(9), r.GetString(10), storedPrevious);
                if (recomputed != storedHash)
                {
                    breaks.Add(new ChainBreak(villageSeq, seq,
                        $"第 {villageSeq} 条事件（序号 {seq}）内容已被改动，哈希不符 / event {villageSeq} (seq {seq}) was altered: its hash does not match"));
                }
                previousHash = storedHash;
                expected = villageSeq + 1;
            }
        }

        // The chain head remembers the last event, so removing events from the end is caught too.
        await using var head = connection.Command($"SELECT last_village_seq, last_hash FROM {T("village_chains")} WHERE village_code = @village")
            .With("@village", villageCode);
        await using var h = await head.ExecuteReaderAsync(ct);
        if (await h.ReadAsync(ct))
        {
            var lastSeq = h.GetInt64(0);
            if (lastSeq != expected - 1)
            {
                breaks.Add(new ChainBreak(expected, null,
                    $"事件日志止于第 {expected - 1} 条，但应有 {lastSeq} 条：末尾事件缺失 / the log ends at event {expected - 1} but {lastSeq} were written"));
            }
            else if (h.GetString(1) != previousHash)
            {
                breaks.Add(new ChainBreak(lastSeq, null, $"第 {lastSeq} 条事件与链头记录不符 / event {lastSeq} does not match the chain head"));
            }
        }
        else if (checkedCount > 0)
        {
            breaks.Add(new ChainBreak(0, null, "链头记录缺失 / the chain head is missing"));
        }
        return new ChainVerification(villageCode, checkedCount, breaks);
    }

    public async Task<IReadOnlyList<ChangeFeedEntry>> ReadChangesAsync(FeedCursor afterCursor, int max = 1000, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {EventColumns}, {_dialect.FeedTransaction} FROM {T("events")} WHERE {_dialect.FeedAfter} ORDER BY {_dialect.FeedOrder()} LIMIT @max")
            .With("@tx", afterCursor.Transaction).With("@seq", afterCursor.Sequence).With("@max", Math.Clamp(max, 1, 10_000));
        var changes = new List<ChangeFeedEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var e = ReadEvent(reader);
            changes.Add(new ChangeFeedEntry(
                new FeedCursor(reader.GetInt64(14), e.Sequence),
                e.VillageCode,
                e.Period ?? Period.Containing(e.ValidFrom, PeriodType.Monthly).Key,
                e.EntityType,
                e.Kind,
                e.Changes.Select(c => c.Field).ToList()));
        }
        return changes;
    }

    public async Task<FeedCursor> GetFeedEndAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {_dialect.FeedTransaction}, seq FROM {T("events")} WHERE {_dialect.FeedAfter} ORDER BY {_dialect.FeedOrder(descending: true)} LIMIT 1")
            .With("@tx", FeedCursor.Start.Transaction).With("@seq", FeedCursor.Start.Sequence);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new FeedCursor(reader.GetInt64(0), reader.GetInt64(1)) : FeedCursor.Start;
    }
}
