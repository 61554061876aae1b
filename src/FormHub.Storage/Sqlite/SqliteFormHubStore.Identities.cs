using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

/// <summary>ID numbers held by more than one record (stored before saves refused it), and filling <c>identity_numbers</c> for older databases.</summary>
public sealed partial class SqliteFormHubStore
{
    public async Task<IReadOnlyList<DuplicateIdentity>> FindDuplicateIdentitiesAsync(RegionCode under, CancellationToken ct = default)
    {
        var pairs = new List<(string IdNumber, Guid Entity)>();
        await using (var connection = await OpenAsync(ct))
        await using (var command = connection.Command(
            $"""
            SELECT id_number, entity_id FROM identity_numbers
            WHERE id_number IN (SELECT id_number FROM identity_numbers WHERE village_code >= @prefix AND village_code < @prefixEnd)
              AND id_number IN (SELECT id_number FROM identity_numbers GROUP BY id_number HAVING COUNT(*) > 1)
            ORDER BY id_number
            """).WithPrefix(under.Prefix))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) pairs.Add((reader.GetString(0), SqliteIds.Read(reader, 1)));
        }
        return await IdentityNumbers.DuplicatesAsync(this, pairs, ct);
    }

    /// <summary>
    /// Databases from before the identity table: list every record not retired under its ID numbers once, when the table is
    /// still empty (duplicates they already hold are listed too, for reviewers to resolve).
    /// </summary>
    private async Task FillIdentityNumbersAsync(DbConnection connection, CancellationToken ct)
    {
        await using (var any = connection.Command($"SELECT COUNT(*) FROM (SELECT 1 FROM identity_numbers LIMIT 1) x"))
        {
            if (await any.ScalarLongAsync(ct) > 0) return;
        }
        await using var tx = await BeginWriteAsync(connection, ct);
        foreach (var type in Catalog.EntityTypes)
        {
            foreach (var field in IdentityNumbers.FieldsOf(Catalog, type.Key))
            {
                await using var fill = connection.Command(
                    $"""
                    INSERT INTO identity_numbers (id_number, entity_id, county_code, village_code)
                    SELECT json_extract(data, '$.{field.Name}'), id, county_code, village_code FROM entities
                    WHERE entity_type = @type AND retired_on IS NULL AND json_extract(data, '$.{field.Name}') IS NOT NULL
                    ON CONFLICT DO NOTHING
                    """, tx).With("@type", type.Key);
                await fill.ExecuteNonQueryAsync(ct);
            }
        }
        await tx.CommitAsync(ct);
    }
}
