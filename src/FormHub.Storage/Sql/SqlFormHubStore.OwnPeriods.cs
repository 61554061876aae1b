using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

public sealed partial class SqlFormHubStore
{
    /// <summary>Who the moves of <see cref="MovePeriodicValuesToOwnPeriodsAsync"/> are recorded as in the event log.</summary>
    public const string OwnPeriodMigrationUser = "formhub-迁移";

    /// <summary>
    /// Moves periodic values kept under a key that is not their field's own period (catalog <c>period:</c>) to it. Before
    /// fields owned their period, the period was inferred from the templates that read the field, so adding a template
    /// could leave values under a month, a quarter or a year. Each value moves through a session, as two chained events
    /// (cleared at the old key, set at the new one), so <c>audit verify</c> still replays the log to the stored values
    /// and the live reports re-derive what the move touches. Run on every start; idempotent: once moved, nothing is
    /// found. Several values landing on one key (months of a yearly field): the one saved last wins, the way the form
    /// would have left it. A value under a coarser key than its field's (a monthly field kept per quarter) goes to the
    /// last month of that period, so sums over the period stay what they were.
    /// </summary>
    /// <returns>How many values were moved.</returns>
    public async Task<int> MovePeriodicValuesToOwnPeriodsAsync(CancellationToken ct = default)
    {
        var fields = Catalog.EntityTypes.SelectMany(t => Catalog.FieldsOf(t.Key)).Where(f => f.Kind == FieldKind.Periodic).ToList();
        if (fields.Count == 0) return 0;

        var misplaced = await FindMisplacedPeriodicValuesAsync(fields, ct);
        if (misplaced.Count == 0) return 0;

        var moved = 0;
        foreach (var village in misplaced.GroupBy(m => m.Village))
        {
            var entityIds = village.Select(m => m.Entity).Distinct().ToList();
            var present = await ReadPresentPeriodicValuesAsync(entityIds, ct);
            var session = OpenSession(OwnPeriodMigrationUser, ChangeSource.Import);
            foreach (var value in village)
            {
                session.Note($"按数据目录的期别迁移：原记在 {value.Period}，改记在 {value.Target.Key}");
                ((StoreSession)session).ClearStoredPeriodic(value.Entity, value.Field.Name, value.Period);
            }
            foreach (var target in village.GroupBy(m => (m.Entity, m.Field, m.Target)))
            {
                var (entity, field, to) = target.Key;
                // The latest save among what lands on the key, the key's own value included (ordered by save time, then period).
                var winner = present.Last(p => p.Entity == entity && p.Field == field.Name
                                               && (p.Period == to.Key || target.Any(m => m.Period == p.Period)));
                session.Note($"按数据目录的期别迁移：{string.Join("、", target.Select(m => m.Period))} → {to.Key}");
                session.SetPeriodic(entity, field.Name, to.Key, winner.Value);
            }
            await session.SaveChangesAsync(ct);
            moved += village.Count();
        }
        return moved;
    }

    private sealed record MisplacedValue(string Village, Guid Entity, FieldDefinition Field, string Period, Period Target);

    /// <summary>Present values whose key is not of their field's own period; a key's length tells its kind (2026-11, 2026Q4, 2026).</summary>
    private async Task<List<MisplacedValue>> FindMisplacedPeriodicValuesAsync(List<FieldDefinition> fields, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command("");
        var clauses = fields.GroupBy(f => (f.EntityType, f.OwnPeriod)).Select((g, i) =>
        {
            command.With($"@t{i}", g.Key.EntityType).With($"@l{i}", (long)Period.Containing(new DateOnly(2000, 1, 1), g.Key.OwnPeriod).Key.Length);
            return $"(entity_type = @t{i} AND length(period) <> @l{i} AND field IN ({command.WithList($"@f{i}_", g.Select(f => f.Name))}))";
        });
        command.CommandText = $"""
            SELECT village_code, entity_id, entity_type, field, period FROM {T("periodic_values")}
            WHERE {PeriodicPresent} AND ({string.Join(" OR ", clauses)})
            ORDER BY village_code, entity_id, field, period
            """;
        var result = new List<MisplacedValue>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var field = Catalog.FindField(reader.GetString(2), reader.GetString(3))!;
            var period = reader.GetString(4);
            if (!Period.TryParse(period, out var stored, out _)) continue;
            // Coarser than the field's own period: the period's last month (or quarter) holds it, so its sums are unchanged.
            var target = field.OwnPeriodFor(stored) ?? Period.Containing(stored.End, field.OwnPeriod);
            result.Add(new MisplacedValue(reader.GetString(0), _dialect.ReadId(reader, 1), field, period, target));
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
                SELECT entity_id, entity_type, field, period, {_dialect.JsonAsText("value")}, updated_at FROM {T("periodic_values")}
                WHERE {PeriodicPresent} AND entity_id IN ({command.WithList("@i", chunk.Select(_dialect.IdValue))})
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
                result.Add((_dialect.ReadId(reader, 0), reader.GetString(2), reader.GetString(3),
                    FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(reader.GetString(1), reader.GetString(2))?.Type), updated));
            }
        }
        return result.OrderBy(v => v.UpdatedAt, StringComparer.Ordinal).ThenBy(v => v.Item3, StringComparer.Ordinal)
            .Select(v => (v.Item1, v.Item2, v.Item3, v.Item4)).ToList();
    }
}
