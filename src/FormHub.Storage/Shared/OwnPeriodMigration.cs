using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>Runs the start-up move of periodic values to their field's own period (any engine).</summary>
public interface IOwnPeriodMigration
{
    /// <summary>Moves values kept under a key that is not their field's own period; returns how many moved (0 once done).</summary>
    Task<int> MovePeriodicValuesToOwnPeriodsAsync(CancellationToken ct = default);
}

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
internal static class OwnPeriodMigration
{
    /// <summary>Who the moves of <see cref="IOwnPeriodMigration.MovePeriodicValuesToOwnPeriodsAsync"/> are recorded as in the event log.</summary>
    public const string User = "formhub-迁移";

    public static async Task<int> RunAsync(IFormHubStore store,
        Func<List<FieldDefinition>, CancellationToken, Task<List<MisplacedValue>>> findMisplaced,
        Func<List<Guid>, CancellationToken, Task<List<(Guid Entity, string Field, string Period, object? Value)>>> readPresent, CancellationToken ct)
    {
        var catalog = store.Catalog;
        var fields = catalog.EntityTypes.SelectMany(t => catalog.FieldsOf(t.Key)).Where(f => f.Kind == FieldKind.Periodic).ToList();
        if (fields.Count == 0) return 0;

        var misplaced = await findMisplaced(fields, ct);
        if (misplaced.Count == 0) return 0;

        var moved = 0;
        foreach (var village in misplaced.GroupBy(m => m.Village))
        {
            var entityIds = village.Select(m => m.Entity).Distinct().ToList();
            var present = await readPresent(entityIds, ct);
            var session = store.OpenSession(User, ChangeSource.Import);
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

    /// <summary>
    /// A stored value's move, or null when its key is not a period. Coarser than the field's own period: the period's last
    /// month (or quarter) holds it, so its sums are unchanged.
    /// </summary>
    public static MisplacedValue? Misplaced(string village, Guid entity, FieldDefinition field, string period) =>
        Period.TryParse(period, out var stored, out _)
            ? new MisplacedValue(village, entity, field, period, field.OwnPeriodFor(stored) ?? Period.Containing(stored.End, field.OwnPeriod))
            : null;

    /// <summary>The key length of a field's own period kind (2026-11, 2026Q4, 2026): a stored key of another length is misplaced.</summary>
    public static int KeyLength(PeriodType type) => Period.Containing(new DateOnly(2000, 1, 1), type).Key.Length;

    internal sealed record MisplacedValue(string Village, Guid Entity, FieldDefinition Field, string Period, Period Target);
}
