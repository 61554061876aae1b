using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Storage.Shared;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>The start-up move of periodic values to their field's own period (<see cref="OwnPeriodMigration"/>), over Marten's tables.</summary>
public sealed partial class MartenFormHubStore : IOwnPeriodMigration
{
    /// <inheritdoc cref="OwnPeriodMigration"/>
    public Task<int> MovePeriodicValuesToOwnPeriodsAsync(CancellationToken ct = default) =>
        OwnPeriodMigration.RunAsync(this, FindMisplacedPeriodicValuesAsync, ReadPresentPeriodicValuesAsync, ct);

    private async Task<List<OwnPeriodMigration.MisplacedValue>> FindMisplacedPeriodicValuesAsync(List<FieldDefinition> fields, CancellationToken ct)
    {
        var result = new List<OwnPeriodMigration.MisplacedValue>();
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        foreach (var group in fields.GroupBy(f => (f.EntityType, f.OwnPeriod)))
        {
            await using var command = new NpgsqlCommand(
                $"""
                SELECT village_code, entity_id, data ->> 'field', period FROM {T("mt_doc_periodic_values")}
                WHERE {PeriodicPresent} AND data ->> 'entityType' = @type AND length(period) <> @length AND data ->> 'field' = ANY(@fields)
                ORDER BY village_code, entity_id, data ->> 'field', period
                """, connection);
            command.Parameters.AddWithValue("type", group.Key.EntityType);
            command.Parameters.AddWithValue("length", OwnPeriodMigration.KeyLength(group.Key.OwnPeriod));
            command.Parameters.AddWithValue("fields", group.Select(f => f.Name).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var field = group.First(f => f.Name == reader.GetString(2));
                if (OwnPeriodMigration.Misplaced(reader.GetString(0), reader.GetGuid(1), field, reader.GetString(3)) is { } value) result.Add(value);
            }
        }
        return result.OrderBy(v => v.Village, StringComparer.Ordinal).ToList();
    }

    /// <summary>Present values of the entities, ordered by save time, then period (the last saved wins a key).</summary>
    private async Task<List<(Guid Entity, string Field, string Period, object? Value)>> ReadPresentPeriodicValuesAsync(List<Guid> entityIds, CancellationToken ct)
    {
        var result = new List<(Guid, string, string, object?)>();
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT entity_id, data ->> 'entityType', data ->> 'field', period, CAST(data -> 'value' AS text) FROM {T("mt_doc_periodic_values")}
            WHERE {PeriodicPresent} AND entity_id = ANY(@ids)
            ORDER BY CAST(data ->> 'updatedAt' AS timestamptz), period
            """, connection);
        command.Parameters.AddWithValue("ids", entityIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            using var doc = JsonDocument.Parse(reader.GetString(4));
            result.Add((reader.GetGuid(0), reader.GetString(2), reader.GetString(3),
                FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(reader.GetString(1), reader.GetString(2))?.Type)));
        }
        return result;
    }
}
