using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// Village event streams read with SQL over Marten's <c>mt_events</c> (stream = village, version = village sequence),
/// as-of reads by replaying them, and the typed-values count of the burden figure.
/// </summary>
public sealed partial class MartenFormHubStore
{
    private const string EventColumns =
        "e.seq_id, e.stream_id, e.version, CAST(e.data ->> 'entityId' AS uuid), e.data ->> 'entityType', CAST(e.data ->> 'kind' AS int), " +
        "e.data ->> 'validFrom', e.data ->> 'period', e.data ->> 'recordedAt', e.data ->> 'user', CAST(e.data ->> 'source' AS int), e.data ->> 'payload', " +
        "e.data ->> 'previousHash', e.data ->> 'hash'";

    private const int PeriodicKind = (int)EventKind.PeriodicSet;

    private EntityEvent ReadEvent(NpgsqlDataReader r)
    {
        var type = r.GetString(4);
        var (changes, retirement) = EventPayload.Read(r.GetString(11), type, Catalog);
        return new EntityEvent(
            Sequence: r.GetInt64(0),
            VillageCode: r.GetString(1),
            VillageSequence: r.GetInt64(2),
            EntityId: r.GetGuid(3),
            EntityType: type,
            Kind: (EventKind)r.GetInt32(5),
            Changes: changes,
            ValidFrom: ParseDate(r.GetString(6)),
            Period: r.IsDBNull(7) ? null : r.GetString(7),
            Retirement: retirement,
            RecordedAt: DateTimeOffset.Parse(r.GetString(8), System.Globalization.CultureInfo.InvariantCulture),
            User: r.GetString(9),
            Source: (ChangeSource)r.GetInt32(10),
            PreviousHash: r.GetString(12),
            Hash: r.GetString(13));
    }

    private async Task<List<EntityEvent>> ReadEventsAsync(string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        parameters(command.Parameters);
        var events = new List<EntityEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(ReadEvent(reader));
        return events;
    }

    public async Task<IReadOnlyList<EntityEvent>> GetHistoryAsync(Guid entityId, CancellationToken ct = default) =>
        await ReadEventsAsync($"SELECT {EventColumns} FROM {T("mt_events")} e WHERE data ->> 'entityId' = @id ORDER BY seq_id",
            p => p.AddWithValue("id", entityId.ToString("D")), ct);

    public async Task<IReadOnlyList<EntityEvent>> ListVillageEventsAsync(string villageCode, DateTimeOffset? recordedAfter, int max, CancellationToken ct = default)
    {
        // recorded_at is in the event body: the village's stream is read newest first and filtered (a month is a few hundred events).
        var newestFirst = await ReadEventsAsync(
            $"""
            SELECT {EventColumns} FROM {T("mt_events")} e
            WHERE stream_id = @village{(recordedAfter is null ? "" : " AND CAST(data ->> 'recordedAt' AS timestamptz) > @after")}
            ORDER BY version DESC LIMIT @max
            """, p =>
            {
                p.AddWithValue("village", villageCode);
                p.AddWithValue("max", Math.Clamp(max, 1, 10_000));
                if (recordedAfter is { } after) p.AddWithValue("after", after.ToUniversalTime());
            }, ct);
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task<IReadOnlyList<EntityEvent>> ListVillageAttributeEventsAsync(string villageCode, IReadOnlyCollection<string> entityTypes,
        CancellationToken ct = default) =>
        entityTypes.Count == 0 ? [] : await ReadEventsAsync(
            $"""
            SELECT {EventColumns} FROM {T("mt_events")} e
            WHERE stream_id = @village AND e.data ->> 'entityType' = ANY(@types)
              AND CAST(e.data ->> 'kind' AS int) IN ({(int)EventKind.Created}, {(int)EventKind.Changed})
            ORDER BY version
            """, p =>
            {
                p.AddWithValue("village", villageCode);
                p.AddWithValue("types", entityTypes.ToArray());
            }, ct);

    public async Task<EntityDocument?> GetAsOfAsync(Guid entityId, DateOnly date, CancellationToken ct = default)
    {
        var events = await ReadEventsAsync(
            $"""
            SELECT {EventColumns} FROM {T("mt_events")} e
            WHERE data ->> 'entityId' = @id AND CAST(data ->> 'kind' AS int) <> {PeriodicKind} AND CAST(data ->> 'validFrom' AS date) <= @date
            ORDER BY CAST(data ->> 'validFrom' AS date), seq_id
            """, p =>
            {
                p.AddWithValue("id", entityId.ToString("D"));
                p.AddWithValue("date", date);
            }, ct);
        var replayed = EventReplay.Replay(events);
        return replayed.Count == 0 ? null : replayed[0];
    }

    public async Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>>> ListVillageAsOfDaysAsync(string villageCode,
        IReadOnlyCollection<string> entityTypes, IReadOnlyCollection<DateOnly> days, bool includeRetired = false, CancellationToken ct = default,
        IReadOnlySet<string>? fields = null)
    {
        var asked = days.Distinct().Order().ToList();
        var types = entityTypes.Distinct().ToArray();
        if (asked.Count == 0 || types.Length == 0)
            return asked.ToDictionary(d => d, _ => (IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>)new Dictionary<string, IReadOnlyList<EntityDocument>>());

        // A record none of whose events takes effect after a day stands that day as its current document does; only the
        // records changed (or created, or retired) later are replayed, from their own events up to the day. A roster as of
        // a past month then replays the tenth of a village that changed since, not all of it. One pass over the village's
        // stream finds the records changed after the earliest day, their events are fetched by sequence (a join back to the
        // stream by record was planned as one index probe per record) with the day each takes effect; the current documents
        // come in the same round trip. Every later day is worked out from the same rows.
        var later = new List<(EntityEvent Event, DateOnly ValidFrom)>();
        var current = new List<EntityDocument>();
        await using (var connection = await _dataSource.OpenConnectionAsync(ct))
        await using (var command = new NpgsqlCommand(
            $"""
            WITH stream AS MATERIALIZED (
                SELECT seq_id, data ->> 'entityId' AS entity, CAST(data ->> 'validFrom' AS date) AS valid_from FROM {T("mt_events")}
                WHERE stream_id = @village AND data ->> 'entityType' = ANY(@types) AND CAST(data ->> 'kind' AS int) <> {PeriodicKind}),
            later AS (SELECT DISTINCT entity FROM stream WHERE valid_from > @date)
            SELECT {EventColumns}, s.valid_from
            FROM stream s JOIN later USING (entity) JOIN {T("mt_events")} e ON e.seq_id = s.seq_id
            ORDER BY s.valid_from, s.seq_id;
            SELECT {DocumentColumns} FROM {EntitiesWithValues} WHERE e.village_code = @village AND e.entity_type = ANY(@types) ORDER BY e.entity_type, e.id
            """, connection))
        {
            command.Parameters.AddWithValue("village", villageCode);
            command.Parameters.AddWithValue("types", types);
            command.Parameters.AddWithValue("date", asked[0]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            // The day is the last column, after EventColumns.
            while (await reader.ReadAsync(ct)) later.Add((ReadEvent(reader), reader.GetFieldValue<DateOnly>(reader.FieldCount - 1)));
            await reader.NextResultAsync(ct);
            using var jsonb = new JsonbColumnReader();
            var wanted = FieldValueJson.Wanted(Catalog, types, fields);
            while (await reader.ReadAsync(ct)) current.Add(ReadDocument(reader, jsonb, wanted));
        }

        // Per record changed after the earliest day, the last day one of its events takes effect: it is replayed as of
        // every day before that one and stands as stored from that day on.
        var lastChange = new Dictionary<Guid, DateOnly>();
        foreach (var (ev, validFrom) in later)
        {
            if (!lastChange.TryGetValue(ev.EntityId, out var last) || validFrom > last) lastChange[ev.EntityId] = validFrom;
        }
        var result = new Dictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>>();
        foreach (var day in asked) result[day] = AsOfDay(day, types, current, later, lastChange, includeRetired);
        return result;
    }

    /// <summary>One day's lists from the rows <see cref="ListVillageAsOfDaysAsync"/> read: as stored, but the records changed after the day replayed.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>> AsOfDay(DateOnly day, string[] types, List<EntityDocument> current,
        List<(EntityEvent Event, DateOnly ValidFrom)> later, Dictionary<Guid, DateOnly> lastChange, bool includeRetired)
    {
        var lists = types.ToDictionary(t => t, _ => new List<EntityDocument>(), StringComparer.Ordinal);
        bool Replayed(Guid id) => lastChange.TryGetValue(id, out var last) && last > day;
        foreach (var doc in current)
        {
            if (Replayed(doc.Id)) continue;
            if (includeRetired || !doc.IsRetiredOn(day)) lists[doc.EntityType].Add(doc);
        }
        var replayedTypes = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<EntityEvent>();
        foreach (var (ev, validFrom) in later)
        {
            if (!Replayed(ev.EntityId)) continue;
            replayedTypes.Add(ev.EntityType);
            if (validFrom <= day) events.Add(ev);
        }
        if (replayedTypes.Count == 0) return Frozen(lists);

        foreach (var doc in EventReplay.Replay(events).Where(d => includeRetired || !d.IsRetiredOn(day))) lists[doc.EntityType].Add(doc);
        // A type with records changed later is listed in id order as the replay orders it (as when the whole type was replayed).
        foreach (var type in replayedTypes) lists[type] = lists[type].OrderBy(d => d.Id).ToList();
        return Frozen(lists);
    }

    private static Dictionary<string, IReadOnlyList<EntityDocument>> Frozen(Dictionary<string, List<EntityDocument>> lists) =>
        lists.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<EntityDocument>)kv.Value, StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, long>> CountTypedValuesAsync(RegionCode under, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        // A retirement carries no field changes but is one thing the cadre entered (date and reason).
        await using var command = new NpgsqlCommand(
            $"""
            SELECT stream_id, SUM(CASE WHEN CAST(data ->> 'kind' AS int) = {(int)EventKind.Retired} THEN 1
                                       ELSE json_array_length(CAST(data ->> 'payload' AS json) -> 'changes') END)
            FROM {T("mt_events")} e
            WHERE stream_id LIKE @prefix AND CAST(data ->> 'source' AS int) = @source
              AND CAST(data ->> 'recordedAt' AS timestamptz) >= @from AND CAST(data ->> 'recordedAt' AS timestamptz) < @to
            GROUP BY stream_id
            """, connection);
        command.Parameters.AddWithValue("prefix", under.Prefix + "%");
        command.Parameters.AddWithValue("source", (int)ChangeSource.Form);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>
    /// The change feed over the village streams. Marten's own high-water mark (what its async daemon reads) passes a gap
    /// in the event sequence once the gap is a few seconds old, taking it for a rolled-back transaction: a save still open
    /// then would be skipped. So each save also writes its events' sequence numbers to <c>event_feed</c> in its own
    /// transaction, stamped with that transaction's id (xid8); the feed is read in (transaction, sequence) order and only
    /// below the oldest transaction still running: nothing can commit before a position
    /// already released, however long a save stays open.
    /// </summary>
    public async Task<IReadOnlyList<ChangeFeedEntry>> ReadChangesAsync(FeedCursor afterCursor, int max = 1000, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {EventColumns},
                   CAST(CAST(f.tx AS text) AS bigint)
            FROM {T("event_feed")} f JOIN {T("mt_events")} e ON e.seq_id = f.seq
            WHERE {FeedAfter} ORDER BY f.tx, f.seq LIMIT @max
            """, connection);
        command.Parameters.AddWithValue("tx", afterCursor.Transaction);
        command.Parameters.AddWithValue("seq", afterCursor.Sequence);
        command.Parameters.AddWithValue("max", Math.Clamp(max, 1, 10_000));
        var changes = new List<ChangeFeedEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var e = ReadEvent(reader);
            changes.Add(new ChangeFeedEntry(new FeedCursor(reader.GetInt64(14), e.Sequence), e.VillageCode,
                e.Period ?? Period.Containing(e.ValidFrom, PeriodType.Monthly).Key, e.EntityType, e.Kind, e.Changes.Select(c => c.Field).ToList(), e.EntityId));
        }
        return changes;
    }

    public async Task<FeedCursor> GetFeedEndAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT CAST(CAST(f.tx AS text) AS bigint), f.seq FROM {T("event_feed")} f WHERE {FeedAfter} ORDER BY f.tx DESC, f.seq DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("tx", FeedCursor.Start.Transaction);
        command.Parameters.AddWithValue("seq", FeedCursor.Start.Sequence);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new FeedCursor(reader.GetInt64(0), reader.GetInt64(1)) : FeedCursor.Start;
    }

    // xid8 never wraps. Every transaction below the oldest one still running has ended, so nothing can commit before the
    // positions released here.
    private const string FeedAfter =
        "(f.tx, f.seq) > (CAST(CAST(@tx AS text) AS xid8), @seq) AND f.tx < pg_snapshot_xmin(pg_current_snapshot())";
}
