using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// Records found by id or by ID number without their field values (issue 16), from the columns Marten duplicates out of
/// the documents (type, village, county, retirement date) and the identity list: no record's JSON is read or parsed.
/// </summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>Ids or numbers a query: one array parameter each.</summary>
    private const int HeaderSlice = 2000;

    public async Task<IReadOnlyDictionary<Guid, RecordHeader>> GetHeadersAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, RecordHeader>();
        if (entityIds.Count == 0) return found;
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        foreach (var slice in entityIds.Distinct().Chunk(HeaderSlice))
        {
            await using var command = new NpgsqlCommand(
                $"SELECT id, entity_type, village_code, retired_on IS NOT NULL FROM {T("mt_doc_entities")} WHERE id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", slice);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var header = new RecordHeader(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3));
                found[header.Id] = header;
            }
        }
        return found;
    }

    public async Task<IReadOnlyList<IdNumberHolder>> FindIdNumberHoldersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default)
    {
        var found = new List<IdNumberHolder>();
        if (idNumbers.Count == 0) return found;
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        foreach (var slice in idNumbers.Distinct(StringComparer.Ordinal).Chunk(HeaderSlice))
        {
            await using var command = new NpgsqlCommand(
                $"""
                SELECT i.id_number, e.id, e.entity_type, e.village_code, e.retired_on IS NOT NULL
                FROM {T("mt_doc_identity_numbers")} i JOIN {T("mt_doc_entities")} e ON e.id = i.entity_id
                WHERE i.id_number = ANY(@numbers)
                ORDER BY i.id_number, e.id
                """, connection);
            command.Parameters.AddWithValue("numbers", slice);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                found.Add(new IdNumberHolder(reader.GetString(0), new RecordHeader(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4))));
        }
        return found;
    }

    /// <summary>
    /// Records as a save works on them but without their fields (<see cref="EntityState.WithoutFields"/>), read on the
    /// save's transaction: one pass over each document for its version, start date and retirement, its values left unread.
    /// </summary>
    internal async Task<List<EntityState>> ReadStatesWithoutFieldsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT e.id, e.entity_type, e.village_code, e.county_code, r.version, r."validFrom", CAST(r.retirement AS text)
            FROM {T("mt_doc_entities")} AS e CROSS JOIN LATERAL jsonb_to_record(e.data) AS r(version bigint, "validFrom" text, retirement jsonb)
            WHERE e.id = ANY(@ids)
            """, connection, tx);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var r = await command.ExecuteReaderAsync(ct);
        var found = new List<EntityState>();
        while (await r.ReadAsync(ct))
        {
            found.Add(EntityState.ReadWithoutFields(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), ParseDate(r.GetString(5)),
                ReadRetirement(r.IsDBNull(6) ? null : r.GetString(6))));
        }
        return found;
    }
}
