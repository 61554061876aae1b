using System.Data.Common;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// Records found by id or by ID number without their field values (issue 16): a department's value set of 10,000
/// payments needs each record's type, village and retirement, and parsing 10,000 records' JSON for that was most of it.
/// </summary>
public sealed partial class SqliteFormHubStore
{
    public async Task<IReadOnlyDictionary<Guid, RecordHeader>> GetHeadersAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, RecordHeader>();
        if (entityIds.Count == 0) return found;
        await using var connection = await OpenAsync(ct);
        // In slices: SQLite allows a limited number of parameters per statement.
        foreach (var slice in entityIds.Distinct().Chunk(500))
        {
            await using var command = connection.Command("");
            command.CommandText = $"SELECT id, entity_type, village_code, retired_on IS NOT NULL FROM entities WHERE id IN ({command.WithList("@i", slice.Select(SqliteIds.Text))})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var header = new RecordHeader(SqliteIds.Read(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3));
                found[header.Id] = header;
            }
        }
        return found;
    }

    public async Task<IReadOnlyList<IdNumberHolder>> FindIdNumberHoldersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default)
    {
        var found = new List<IdNumberHolder>();
        if (idNumbers.Count == 0) return found;
        await using var connection = await OpenAsync(ct);
        foreach (var slice in idNumbers.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.Command("");
            command.CommandText = $"""
                SELECT i.id_number, e.id, e.entity_type, e.village_code, e.retired_on IS NOT NULL
                FROM identity_numbers i JOIN entities e ON e.id = i.entity_id
                WHERE i.id_number IN ({command.WithList("@n", slice)})
                ORDER BY i.id_number, e.id
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                found.Add(new IdNumberHolder(reader.GetString(0), new RecordHeader(SqliteIds.Read(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4))));
        }
        return found;
    }

    /// <summary>
    /// Records as a save works on them but without their fields (<see cref="EntityState.WithoutFields"/>), read on the
    /// save's transaction: a save that only sets their periodic values needs nothing else of them.
    /// </summary>
    internal async Task<List<EntityState>> ReadStatesWithoutFieldsAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var found = new List<EntityState>();
        await using var command = connection.Command("", tx);
        command.CommandText = $"""
            SELECT id, entity_type, village_code, county_code, version, valid_from, retired_on, retired_reason, retired_note
            FROM entities WHERE id IN ({command.WithList("@id", ids.Select(SqliteIds.Text))})
            """;
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            found.Add(EntityState.ReadWithoutFields(SqliteIds.Read(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4),
                r.GetFieldValue<DateOnly>(5),
                r.IsDBNull(6) ? null : new Retirement(r.GetFieldValue<DateOnly>(6), (RetirementReason)r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8))));
        }
        return found;
    }
}
