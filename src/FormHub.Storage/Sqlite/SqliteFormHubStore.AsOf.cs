using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    // As-of reads replay the event log by valid-from date, then recording order: a back-dated correction recorded
    // later still lands at the date it is valid from.
    private const int PeriodicKind = (int)EventKind.PeriodicSet;

    public async Task<EntityDocument?> GetAsOfAsync(Guid entityId, DateOnly date, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT {EventColumns} FROM events
            WHERE entity_id = @id AND kind <> {PeriodicKind} AND valid_from <= @date ORDER BY valid_from, seq
            """).With("@id", SqliteIds.Text(entityId)).With("@date", date);
        var replayed = EventReplay.Replay(await ReadEventsAsync(command, ct));
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
                SELECT DISTINCT entity_type FROM events
                WHERE village_code = @village AND entity_type IN ({types}) AND kind <> {PeriodicKind} AND valid_from > @date;
                SELECT {DocumentColumns} FROM entities WHERE village_code = @village AND entity_type IN ({types}) ORDER BY entity_type, id
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
                SELECT {EventColumns} FROM events
                WHERE village_code = @village AND entity_type = @type AND kind <> {PeriodicKind} AND valid_from <= @date
                ORDER BY valid_from, seq
                """).With("@village", villageCode).With("@type", type).With("@date", date);
            lists[type] = EventReplay.Replay(await ReadEventsAsync(command, ct))
                .Where(d => includeRetired || !d.IsRetiredOn(date))
                .OrderBy(d => d.Id)
                .ToList();
        }
        return lists.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<EntityDocument>)kv.Value, StringComparer.Ordinal);
    }
}
