using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

public sealed partial class SqlFormHubStore
{
    // As-of reads replay the event log by valid-from date, then recording order: a back-dated correction recorded
    // later still lands at the date it is valid from.
    private const int PeriodicKind = (int)EventKind.PeriodicSet;

    public async Task<EntityDocument?> GetAsOfAsync(Guid entityId, DateOnly date, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT {EventColumns} FROM {T("events")}
            WHERE entity_id = @id AND kind <> {PeriodicKind} AND valid_from <= @date ORDER BY valid_from, seq
            """).With("@id", Dialect.IdValue(entityId)).With("@date", date);
        var replayed = Replay(await ReadEventsAsync(command, ct));
        return replayed.Count == 0 ? null : replayed[0];
    }

    public async Task<IReadOnlyList<EntityDocument>> ListAsOfAsync(string villageCode, string entityType, DateOnly date,
        bool includeRetired = false, CancellationToken ct = default) =>
        (await ListVillageAsOfAsync(villageCode, [entityType], date, includeRetired, ct))[entityType];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> ListVillageAsOfAsync(string villageCode,
        IReadOnlyCollection<string> entityTypes, DateOnly date, bool includeRetired = false, CancellationToken ct = default)
    {
        var lists = entityTypes.Distinct().ToDictionary(t => t, _ => new List<EntityDocument>(), StringComparer.Ordinal);
        if (lists.Count == 0) return new Dictionary<string, IReadOnlyList<EntityDocument>>();
        await using var connection = await OpenAsync(ct);

        // Usually nothing in the log takes effect after the date (reports for the current or a recent period): then the
        // current documents are exactly the state as of that date, and reading them is much cheaper than a replay. Which
        // types need the replay and the current documents of every type come back from one round trip.
        var replay = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = connection.Command("").With("@village", villageCode).With("@date", date))
        {
            var types = command.WithList("@t", lists.Keys);
            command.CommandText =
                $"""
                SELECT DISTINCT entity_type FROM {T("events")}
                WHERE village_code = @village AND entity_type IN ({types}) AND kind <> {PeriodicKind} AND valid_from > @date;
                SELECT {DocumentColumns} FROM {T("entities")} WHERE village_code = @village AND entity_type IN ({types}) ORDER BY entity_type, id
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) replay.Add(reader.GetString(0));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (replay.Contains(reader.GetString(1))) continue;
                var doc = ReadDocument(reader);
                if (includeRetired || !doc.IsRetiredOn(date)) lists[doc.EntityType].Add(doc);
            }
        }

        foreach (var type in replay)
        {
            await using var command = connection.Command(
                $"""
                SELECT {EventColumns} FROM {T("events")}
                WHERE village_code = @village AND entity_type = @type AND kind <> {PeriodicKind} AND valid_from <= @date
                ORDER BY valid_from, seq
                """).With("@village", villageCode).With("@type", type).With("@date", date);
            lists[type] = Replay(await ReadEventsAsync(command, ct))
                .Where(d => includeRetired || !d.IsRetiredOn(date))
                .OrderBy(d => d.Id)
                .ToList();
        }
        return lists.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<EntityDocument>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The documents as the events (valid-from order) leave them; the Marten engine replays the same way.</summary>
    internal static List<EntityDocument> Replay(List<EntityEvent> events)
    {
        var states = new Dictionary<Guid, (Dictionary<string, object?> Fields, long Version, DateOnly ValidFrom, Retirement? Retired, EntityEvent Last)>();
        foreach (var e in events)
        {
            if (e.Kind == EventKind.Created)
            {
                states[e.EntityId] = (e.Changes.ToDictionary(c => c.Field, c => c.New, StringComparer.Ordinal), 1, e.ValidFrom, null, e);
                continue;
            }
            if (!states.TryGetValue(e.EntityId, out var s)) continue;
            foreach (var c in e.Changes) s.Fields[c.Field] = c.New;
            states[e.EntityId] = (s.Fields, s.Version + 1, s.ValidFrom, e.Kind == EventKind.Retired ? e.Retirement : s.Retired, e);
        }
        return states.Select(kv => new EntityDocument(kv.Key, kv.Value.Last.EntityType, kv.Value.Last.VillageCode, kv.Value.Version,
            kv.Value.Fields, kv.Value.ValidFrom, kv.Value.Retired, kv.Value.Last.RecordedAt)).ToList();
    }
}
