using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private string EventColumns =>
        $"seq, village_code, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at, user_name, source, " +
        $"payload, prev_hash, hash";

    private EntityEvent ReadEvent(DbDataReader r)
    {
        var type = r.GetString(4);
        var (changes, retirement) = EventPayload.Read(r.GetString(11), type, Catalog);
        return new EntityEvent(
            Sequence: r.GetInt64(0),
            VillageCode: r.GetString(1),
            VillageSequence: r.GetInt64(2),
            EntityId: SqliteIds.Read(r, 3),
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
        await using var command = connection.Command($"SELECT {EventColumns} FROM events WHERE entity_id = @id ORDER BY seq")
            .With("@id", SqliteIds.Text(entityId));
        return await ReadEventsAsync(command, ct);
    }

    public async Task<IReadOnlyList<EntityEvent>> ListVillageEventsAsync(string villageCode, DateTimeOffset? recordedAfter, int max,
        CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"""
            SELECT {EventColumns} FROM events
            WHERE village_code = @village{(recordedAfter is null ? "" : " AND recorded_at > @after")}
            ORDER BY village_seq DESC LIMIT @max
            """).With("@village", villageCode).With("@max", Math.Clamp(max, 1, 10_000));
        if (recordedAfter is { } after) command.With("@after", after.ToUniversalTime());
        var newestFirst = await ReadEventsAsync(command, ct);
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task<IReadOnlyList<EntityEvent>> ListVillageAttributeEventsAsync(string villageCode, IReadOnlyCollection<string> entityTypes,
        CancellationToken ct = default)
    {
        if (entityTypes.Count == 0) return [];
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command("").With("@village", villageCode);
        command.CommandText = $"""
            SELECT {EventColumns} FROM events
            WHERE village_code = @village AND entity_type IN ({command.WithList("@type", entityTypes)}) AND kind IN ({(int)EventKind.Created}, {(int)EventKind.Changed})
            ORDER BY village_seq
            """;
        return await ReadEventsAsync(command, ct);
    }

    private async Task<List<EntityEvent>> ReadEventsAsync(DbCommand command, CancellationToken ct)
    {
        var events = new List<EntityEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(ReadEvent(reader));
        return events;
    }

    // One writer at a time commits in sequence order: the sequence alone is a gap-free feed position (its transaction part is 0).
    public async Task<IReadOnlyList<ChangeFeedEntry>> ReadChangesAsync(FeedCursor afterCursor, int max = 1000, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {EventColumns} FROM events WHERE seq > @seq ORDER BY seq LIMIT @max")
            .With("@seq", afterCursor.Sequence).With("@max", Math.Clamp(max, 1, 10_000));
        var changes = new List<ChangeFeedEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var e = ReadEvent(reader);
            changes.Add(new ChangeFeedEntry(
                new FeedCursor(0, e.Sequence),
                e.VillageCode,
                e.Period ?? Period.Containing(e.ValidFrom, PeriodType.Monthly).Key,
                e.EntityType,
                e.Kind,
                e.Changes.Select(c => c.Field).ToList(),
                e.EntityId));
        }
        return changes;
    }

    public async Task<FeedCursor> GetFeedEndAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command("SELECT MAX(seq) FROM events");
        return await command.ExecuteScalarAsync(ct) is long last ? new FeedCursor(0, last) : FeedCursor.Start;
    }
}
