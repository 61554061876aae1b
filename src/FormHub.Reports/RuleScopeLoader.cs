using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Reads what a village's record rules run over for one month: every entity type the rules read as of the month's end
/// with the month's periodic values, like a report row's scope, and beside it the records retired by then (a person
/// retired as dead may still have been paid), with their retirement.
/// </summary>
public sealed class RuleScopeLoader(IFormHubStore store)
{
    private readonly VillageScopeLoader _convert = new(store);

    /// <summary>Periods of a periodic field's history a rule sees: its own period containing the month and the 11 before.</summary>
    public const int PeriodicHistoryLength = 12;

    public async Task<RuleRecords> LoadAsync(OrgUnit village, Period month, IEnumerable<string> entityTypes, CancellationToken ct = default,
        IReadOnlyCollection<string>? historyFields = null, LiveVillageCache? live = null)
    {
        var ownKeys = VillageScopeLoader.OwnKeys(month);
        var current = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        var retired = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        var retirements = new Dictionary<Guid, (DateOnly, string)>();
        ScriptEntity? villageEntity = null;
        var types = entityTypes.Distinct().ToList();
        // Every type in one store read (the same lists as one read per type): one connection and one look at the log's
        // later changes instead of one per type. It is also the shape a report pass reads the village in.
        // The live materializer's kept village, when given: usually the report pass just read it as of the same day.
        var read = live is null ? await store.ListVillageAsOfAsync(village.Code.Value, types, month.End, includeRetired: true, ct: ct)
            : await live.DocumentsAsync(village.Code.Value, types, month.End, ct);
        var bases = live?.BaseFields(village.Code.Value, month.End, store.Catalog);
        // A kept village's scope entities of the month, as its monthly reports converted them (the same conversion of the same
        // documents and values): only those changed since, or never converted, are converted here, and only their periodic
        // values merged.
        var scripted = live?.Scripted(village.Code.Value, month, store.Catalog);
        var unconverted = scripted is null ? null : VillageScopeLoader.Unconverted(read, types, scripted);
        // Each periodic field read under its own period (a quarterly field in the month's quarter), as reports read them.
        var periodic = unconverted is { Count: 0 } ? [] : await _convert.LoadPeriodicAsync(village, month, ct, live: live, only: unconverted);
        foreach (var type in types)
        {
            var docs = read[type];
            var now = new List<ScriptEntity>();
            var gone = new List<ScriptEntity>();
            foreach (var doc in docs)
            {
                if (scripted is null || !scripted.TryGetValue(doc.Id, out var entity))
                {
                    entity = _convert.ToScript(doc.Id, type, doc.Fields, periodic.GetValueOrDefault(doc.Id), month, ownKeys, bases);
                    if (scripted is not null) scripted[doc.Id] = entity;
                }
                if (doc.IsRetiredOn(month.End))
                {
                    gone.Add(entity);
                    retirements[doc.Id] = (doc.Retirement!.Date, ReasonName(doc.Retirement.Reason));
                }
                else now.Add(entity);
            }
            if (type == "village") villageEntity = now.FirstOrDefault();
            else
            {
                current[type] = now;
                retired[type] = gone;
            }
        }
        var scope = new EvaluationScope(new ScriptUnit(village.Code.Value, village.Name, village.Level), month)
        {
            Entities = current,
            Village = villageEntity,
        };
        var history = historyFields is { Count: > 0 } ? await LoadHistoryAsync(village, month, historyFields, ct) : null;
        return new RuleRecords(scope) { Retired = retired, Retirements = retirements, History = history ?? new() };
    }

    /// <summary>
    /// The history of the fields some rule reads it of (catalog keys): an attribute's values from the village's log,
    /// each from the day it took effect up to the month's end (a later back-dated correction replaces what it corrects,
    /// as replay does); a periodic field's values for its last <see cref="PeriodicHistoryLength"/> own periods, null where none.
    /// </summary>
    private async Task<Dictionary<Guid, IReadOnlyDictionary<string, IReadOnlyList<FieldHistoryEntry>>>> LoadHistoryAsync(OrgUnit village, Period month,
        IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var catalog = store.Catalog;
        var fields = keys.Select(k => catalog.FindField(k)).OfType<Core.Catalog.FieldDefinition>().ToList();
        var result = new Dictionary<Guid, Dictionary<string, List<FieldHistoryEntry>>>();
        List<FieldHistoryEntry> Series(Guid id, string field)
        {
            if (!result.TryGetValue(id, out var byField)) result[id] = byField = new Dictionary<string, List<FieldHistoryEntry>>(StringComparer.Ordinal);
            if (!byField.TryGetValue(field, out var list)) byField[field] = list = [];
            return list;
        }

        var attributes = fields.Where(f => f.Kind != Core.Catalog.FieldKind.Periodic).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        if (attributes.Count > 0)
        {
            var changes = new List<(Guid Id, string Field, DateOnly From, long Sequence, object? Value)>();
            // Only the types whose attributes are read: a village's log is mostly periodic values and persons' events.
            var types = fields.Where(f => attributes.Contains(f.Key)).Select(f => f.EntityType).Distinct().ToList();
            foreach (var e in await store.ListVillageAttributeEventsAsync(village.Code.Value, types, ct))
            {
                if (e.ValidFrom > month.End || e.Kind is not (EventKind.Created or EventKind.Changed)) continue;
                foreach (var change in e.Changes)
                {
                    if (attributes.Contains(e.EntityType + "." + change.Field)) changes.Add((e.EntityId, change.Field, e.ValidFrom, e.Sequence, change.New));
                }
            }
            // Valid-from order, a later record winning on the same day; a value equal to the one before is no change.
            foreach (var c in changes.OrderBy(c => c.From).ThenBy(c => c.Sequence))
            {
                var series = Series(c.Id, c.Field);
                if (series.Count > 0 && series[^1].From == c.From) series.RemoveAt(series.Count - 1);
                if (series.Count > 0 && Equals(series[^1].Value, c.Value)) continue;
                series.Add(new FieldHistoryEntry(c.Value, c.From, null));
            }
        }

        var periodic = fields.Where(f => f.Kind == Core.Catalog.FieldKind.Periodic).ToList();
        if (periodic.Count > 0)
        {
            var periodsOf = periodic.Select(f => f.OwnPeriod).Distinct().ToDictionary(t => t, t =>
            {
                var list = new List<string>();
                for (var (p, i) = (Period.Containing(month.Start, t), 0); i < PeriodicHistoryLength; p = p.Previous, i++) list.Insert(0, p.Key);
                return list;
            });
            var values = (await store.GetPeriodicValuesAsync(village.Code.Value, periodsOf.Values.SelectMany(p => p).Distinct().ToList(), entityIds: null, ct))
                .Where(v => periodic.Any(f => f.EntityType == v.EntityType && f.Name == v.Field))
                .ToDictionary(v => (v.EntityId, v.Field, v.Period), v => v.Value);
            foreach (var id in values.Keys.Select(k => k.EntityId).Distinct())
            {
                foreach (var field in periodic)
                {
                    var series = periodsOf[field.OwnPeriod].Select(p => new FieldHistoryEntry(values.GetValueOrDefault((id, field.Name, p)), null, p)).ToList();
                    if (series.Any(e => e.Value is not null)) Series(id, field.Name).AddRange(series);
                }
            }
        }
        return result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, IReadOnlyList<FieldHistoryEntry>>)r.Value.ToDictionary(
            f => f.Key, f => (IReadOnlyList<FieldHistoryEntry>)f.Value, StringComparer.Ordinal));
    }

    /// <summary>The retirement reason as rules read it (and as the roster writes it).</summary>
    public static string ReasonName(RetirementReason reason) => reason switch
    {
        RetirementReason.Death => "死亡",
        RetirementReason.MovedOut => "迁出",
        RetirementReason.Dissolved => "销户",
        RetirementReason.Duplicate => "重复录入",
        _ => "其他",
    };
}
