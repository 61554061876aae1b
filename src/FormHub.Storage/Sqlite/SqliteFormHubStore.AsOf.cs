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
        IReadOnlyCollection<string> entityTypes, DateOnly date, bool includeRetired = false, CancellationToken ct = default, IReadOnlySet<string>? fields = null)
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
            command.CommandText =
                $"""
                SELECT DISTINCT entity_type FROM events
                WHERE village_code = @village AND entity_type IN ({command.WithList("@t", lists.Keys)}) AND kind <> {PeriodicKind} AND valid_from > @date
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) replay.Add(reader.GetString(0));
        }
        ReadCurrentDocuments(connection, villageCode, lists, replay, date, includeRetired, fields);
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

    /// <summary>
    /// The current documents of every type in <paramref name="lists"/> but those in <paramref name="replay"/>, read through
    /// <see cref="SqliteRawQuery"/>: a village's ~1,300 documents per derivation pass, each parsed from SQLite's UTF-8 as is.
    /// The type and village strings are the caller's instances, not one new string per row.
    /// </summary>
    private void ReadCurrentDocuments(System.Data.Common.DbConnection connection, string villageCode, Dictionary<string, List<EntityDocument>> lists,
        HashSet<string> replay, DateOnly date, bool includeRetired, IReadOnlySet<string>? fields)
    {
        var wanted = FieldValueJson.Wanted(Catalog, lists.Keys, fields);
        var types = SqliteRawQuery.WithUtf8(lists.Keys.Where(t => !replay.Contains(t)));
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
            if (!includeRetired && retirement is not null && retirement.Date <= date) continue;
            lists[type].Add(new EntityDocument(query.Id(0), type, villageCode, query.Int64(4),
                FieldValueJson.ReadObject(query.Utf8(5), type, Catalog, wanted?[type]), query.Date(7), retirement, query.Instant(11)));
        }
    }
}
