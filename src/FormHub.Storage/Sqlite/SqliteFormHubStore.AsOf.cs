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

    /// <summary>
    /// One connection for all the ids and days: the stored documents with the last day any of their events takes effect
    /// (one statement), then the events of only those with something after a day asked, replayed per day.
    /// </summary>
    public async Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<Guid, EntityDocument>>> GetManyAsOfDaysAsync(IReadOnlyCollection<Guid> entityIds,
        IReadOnlyCollection<DateOnly> days, CancellationToken ct = default)
    {
        var asked = days.Distinct().Order().ToList();
        var result = asked.ToDictionary(d => d, _ => new Dictionary<Guid, EntityDocument>());
        var ids = entityIds.Distinct().ToList();
        if (asked.Count == 0 || ids.Count == 0) return result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<Guid, EntityDocument>)r.Value);
        await using var connection = await OpenAsync(ct);
        var stored = new Dictionary<Guid, (EntityDocument Document, DateOnly? LastChange)>();
        // In slices: SQLite allows a limited number of parameters per statement.
        foreach (var slice in ids.Chunk(500))
        {
            await using var command = connection.Command("");
            command.CommandText =
                $"""
                SELECT {DocumentColumns}, (SELECT MAX(valid_from) FROM events e WHERE e.entity_id = entities.id AND e.kind <> {PeriodicKind})
                FROM entities WHERE id IN ({command.WithList("@i", slice.Select(SqliteIds.Text))})
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var doc = ReadDocument(reader);
                stored[doc.Id] = (doc, reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12));
            }
        }
        // Replayed: those not stored (as GetAsOfAsync does) and those with an event taking effect after the earliest day.
        var replayed = ids.Where(id => !stored.TryGetValue(id, out var s) || s.LastChange > asked[0]).ToList();
        var events = new List<EntityEvent>();
        foreach (var slice in replayed.Chunk(500))
        {
            await using var command = connection.Command("").With("@date", asked[^1]);
            command.CommandText =
                $"""
                SELECT {EventColumns} FROM events
                WHERE entity_id IN ({command.WithList("@i", slice.Select(SqliteIds.Text))}) AND kind <> {PeriodicKind} AND valid_from <= @date
                ORDER BY valid_from, seq
                """;
            events.AddRange(await ReadEventsAsync(command, ct));
        }
        foreach (var day in asked)
        {
            var found = result[day];
            foreach (var (id, (doc, last)) in stored)
            {
                if (!(last > day)) found[id] = doc;
            }
            if (replayed.Count == 0) continue;
            foreach (var doc in EventReplay.Replay(events.Where(e => e.ValidFrom <= day).ToList()))
            {
                if (!stored.TryGetValue(doc.Id, out var s) || s.LastChange > day) found[doc.Id] = doc;
            }
        }
        return result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<Guid, EntityDocument>)r.Value);
    }

    public async Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>>> ListVillageAsOfDaysAsync(string villageCode,
        IReadOnlyCollection<string> entityTypes, IReadOnlyCollection<DateOnly> days, bool includeRetired = false, CancellationToken ct = default,
        IReadOnlySet<string>? fields = null)
    {
        var asked = days.Distinct().Order().ToList();
        var types = entityTypes.Distinct().ToList();
        var result = new Dictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>>();
        if (asked.Count == 0) return result;
        if (types.Count == 0)
        {
            foreach (var day in asked) result[day] = new Dictionary<string, IReadOnlyList<EntityDocument>>();
            return result;
        }
        await using var connection = await OpenAsync(ct);

        // Usually nothing in the log takes effect after the day (reports for the current or a recent period): then the
        // current documents are exactly the state as of that day, and reading them is much cheaper than a replay. Per type,
        // the last day one of its events takes effect (when after the earliest day asked) tells the days it is replayed
        // for; the current documents of the types that stand as stored on some day are read once for all those days.
        var lastChange = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await using (var command = connection.Command("").With("@village", villageCode).With("@date", asked[0]))
        {
            command.CommandText =
                $"""
                SELECT entity_type, MAX(valid_from) FROM events
                WHERE village_code = @village AND entity_type IN ({command.WithList("@t", types)}) AND kind <> {PeriodicKind} AND valid_from > @date
                GROUP BY entity_type
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) lastChange[reader.GetString(0)] = reader.GetFieldValue<DateOnly>(1);
        }
        bool Replayed(string type, DateOnly day) => lastChange.TryGetValue(type, out var last) && last > day;
        var stored = types.Where(t => !Replayed(t, asked[^1])).ToDictionary(t => t, _ => new List<EntityDocument>(), StringComparer.Ordinal);
        ReadCurrentDocuments(connection, villageCode, stored, fields);
        foreach (var day in asked)
        {
            var lists = new Dictionary<string, IReadOnlyList<EntityDocument>>(StringComparer.Ordinal);
            foreach (var type in types)
            {
                if (!Replayed(type, day))
                {
                    lists[type] = includeRetired ? stored[type] : stored[type].Where(d => !d.IsRetiredOn(day)).ToList();
                    continue;
                }
                await using var command = connection.Command(
                    $"""
                    SELECT {EventColumns} FROM events
                    WHERE village_code = @village AND entity_type = @type AND kind <> {PeriodicKind} AND valid_from <= @date
                    ORDER BY valid_from, seq
                    """).With("@village", villageCode).With("@type", type).With("@date", day);
                lists[type] = EventReplay.Replay(await ReadEventsAsync(command, ct))
                    .Where(d => includeRetired || !d.IsRetiredOn(day))
                    .OrderBy(d => d.Id)
                    .ToList();
            }
            result[day] = lists;
        }
        return result;
    }

    /// <summary>
    /// The current documents of every type in <paramref name="lists"/>, retired ones included, read through
    /// <see cref="SqliteRawQuery"/>: a village's ~1,300 documents per derivation pass, each parsed from SQLite's UTF-8 as is.
    /// The type and village strings are the caller's instances, not one new string per row.
    /// </summary>
    private void ReadCurrentDocuments(System.Data.Common.DbConnection connection, string villageCode, Dictionary<string, List<EntityDocument>> lists,
        IReadOnlySet<string>? fields)
    {
        var wanted = FieldValueJson.Wanted(Catalog, lists.Keys, fields);
        var types = SqliteRawQuery.WithUtf8(lists.Keys);
        if (types.Count == 0) return;
        // Owned before binding: a Bind that throws must not leak the prepared statement.
        using var query = new SqliteRawQuery((Microsoft.Data.Sqlite.SqliteConnection)connection,
            $"SELECT {DocumentColumns} FROM entities WHERE village_code = @village AND entity_type IN ({SqliteRawQuery.ListNames("@t", types.Count)}) ORDER BY entity_type, id");
        query.Bind("@village", villageCode).BindList("@t", types.Select(t => t.Text));
        while (query.Read())
        {
            var type = query.Known(1, types);
            var retirement = query.IsNull(8) ? null
                : new Retirement(query.Date(8), (RetirementReason)query.Int64(9), query.IsNull(10) ? null : query.String(10));
            lists[type].Add(new EntityDocument(query.Id(0), type, villageCode, query.Int64(4),
                FieldValueJson.ReadObject(query.Utf8(5), type, Catalog, wanted?[type]), query.Date(7), retirement, query.Instant(11)));
        }
    }
}
