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

    public async Task<IReadOnlyList<EntityEvent>> ListVillageEventsAsync(string villageCode, DateTimeOffset? recordedAfter, int max,
        CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"""
            SELECT {EventColumns} FROM {T("events")}
            WHERE village_code = @village{(recordedAfter is null ? "" : " AND recorded_at > @after")}
            ORDER BY village_seq DESC LIMIT @max
            """).With("@village", villageCode).With("@max", Math.Clamp(max, 1, 10_000));
        if (recordedAfter is { } after) command.With("@after", after.ToUniversalTime());
        var newestFirst = await ReadEventsAsync(command, ct);
        newestFirst.Reverse();
        return newestFirst;
    }

    private async Task<List<EntityEvent>> ReadEventsAsync(DbCommand command, CancellationToken ct)
    {
        var events = new List<EntityEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(ReadEvent(reader));
        return events;
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
