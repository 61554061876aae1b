using FormHub.Storage.Shared;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore : IOwnPeriodMigration
{
    /// <inheritdoc cref="OwnPeriodMigration"/>
    /// <returns>How many values were moved.</returns>
    public Task<int> MovePeriodicValuesToOwnPeriodsAsync(CancellationToken ct = default) =>
        OwnPeriodMigration.RunAsync(this, FindMisplacedPeriodicValuesAsync, ReadPresentPeriodicValuesAsync, ct);

    /// <summary>Present values whose key is not of their field's own period; a key's length tells its kind (2026-11, 2026Q4, 2026).</summary>
    private async Task<List<OwnPeriodMigration.MisplacedValue>> FindMisplacedPeriodicValuesAsync(List<FieldDefinition> fields, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command("");
        var clauses = fields.GroupBy(f => (f.EntityType, f.OwnPeriod)).Select((g, i) =>
        {
            command.With($"@t{i}", g.Key.EntityType).With($"@l{i}", (long)OwnPeriodMigration.KeyLength(g.Key.OwnPeriod));
            return $"(entity_type = @t{i} AND length(period) <> @l{i} AND field IN ({command.WithList($"@f{i}_", g.Select(f => f.Name))}))";
        });
        command.CommandText = $"""
            SELECT village_code, entity_id, entity_type, field, period FROM periodic_values
            WHERE {PeriodicPresent} AND ({string.Join(" OR ", clauses)})
            ORDER BY village_code, entity_id, field, period
            """;
        var result = new List<OwnPeriodMigration.MisplacedValue>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var field = Catalog.FindField(reader.GetString(2), reader.GetString(3))!;
            if (OwnPeriodMigration.Misplaced(reader.GetString(0), SqliteIds.Read(reader, 1), field, reader.GetString(4)) is { } value) result.Add(value);
        }
        return result;
    }

    private async Task<List<(Guid Entity, string Field, string Period, object? Value)>> ReadPresentPeriodicValuesAsync(List<Guid> entityIds, CancellationToken ct)
    {
        var result = new List<(Guid, string, string, object?, string UpdatedAt)>();
        await using var connection = await OpenAsync(ct);
        foreach (var chunk in entityIds.Chunk(500))
        {
            await using var command = connection.Command("");
            command.CommandText = $"""
                SELECT entity_id, entity_type, field, period, value, updated_at FROM periodic_values
                WHERE {PeriodicPresent} AND entity_id IN ({command.WithList("@i", chunk.Select(SqliteIds.Text))})
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                using var doc = JsonDocument.Parse(reader.GetString(4));
                var updated = reader.GetValue(5) switch
                {
                    DateTime d => d.ToUniversalTime().ToString("O"),
                    DateTimeOffset d => d.UtcDateTime.ToString("O"),
                    var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                };
                result.Add((SqliteIds.Read(reader, 0), reader.GetString(2), reader.GetString(3),
                    FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(reader.GetString(1), reader.GetString(2))?.Type), updated));
            }
        }
        return result.OrderBy(v => v.UpdatedAt, StringComparer.Ordinal).ThenBy(v => v.Item3, StringComparer.Ordinal)
            .Select(v => (v.Item1, v.Item2, v.Item3, v.Item4)).ToList();
    }
}
