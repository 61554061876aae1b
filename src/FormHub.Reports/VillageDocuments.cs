using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// One village's entities as read for derivation, kept by the day they are read as of: a village's month, quarter and
/// year usually end on the same day, so a rebuild or a live refresh derives all three from one read instead of three.
/// Lives for one village's share of one rebuild or refresh pass (it holds the documents). With <c>fields</c>
/// (catalog keys) the documents hold only those fields: one template's preview, which reads a few of each resident's.
/// </summary>
public sealed class VillageDocuments
{
    private readonly IFormHubStore _store;
    private readonly List<string> _types;
    private readonly IReadOnlySet<string>? _fields;
    // A rebuild's plan: the types read as of each day it will ask for. The days asking the same types are read together.
    private readonly IReadOnlyDictionary<DateOnly, IReadOnlyCollection<string>>? _plan;
    private readonly Dictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> _byDay = [];
    private readonly Dictionary<DateOnly, (FieldCatalog Catalog, Dictionary<Guid, ScopeFields> Fields)> _bases = [];

    /// <summary>Reads <paramref name="entityTypes"/> (only <paramref name="fields"/> of them, when given) as of each day asked for, one day at a time.</summary>
    public VillageDocuments(IFormHubStore store, OrgUnit village, IEnumerable<string> entityTypes, IReadOnlySet<string>? fields = null)
    {
        _store = store;
        Village = village;
        _types = entityTypes.Distinct().ToList();
        _fields = fields;
    }

    /// <summary>
    /// A live pass's village: its documents, periodic values and base fields come from the villages the live materializer
    /// keeps (<paramref name="live"/>), read or patched there, not read here.
    /// </summary>
    public VillageDocuments(IFormHubStore store, OrgUnit village, IEnumerable<string> entityTypes, LiveVillageCache live)
        : this(store, village, entityTypes) => Live = live;

    /// <summary>The live materializer's kept villages this reads through, if any.</summary>
    internal LiveVillageCache? Live { get; }

    /// <summary>
    /// A rebuild's village: <paramref name="typesByPeriod"/> are the periods it will derive and the types each reads. The
    /// first ask for a day reads every planned day asking the same types in one store read
    /// (<see cref="IFormHubStore.ListVillageAsOfDaysAsync"/>), and the periodic values of all the periods come from one read:
    /// a rebuild deriving the eleven months before December that a prev() template needs reads the village once, not eleven times.
    /// </summary>
    public VillageDocuments(IFormHubStore store, OrgUnit village, IReadOnlyDictionary<Period, IReadOnlyCollection<string>> typesByPeriod)
        : this(store, village, typesByPeriod.Values.SelectMany(t => t))
    {
        _plan = typesByPeriod.GroupBy(p => p.Key.End)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.SelectMany(p => p.Value).Distinct().Order(StringComparer.Ordinal).ToList());
        PlannedPeriods = typesByPeriod.Keys.ToHashSet();
    }

    /// <summary>The periods a rebuild said it will derive (null: not planned).</summary>
    internal IReadOnlySet<Period>? PlannedPeriods { get; }

    private Task<IReadOnlyList<PeriodicValue>>? _plannedPeriodic;

    /// <summary>The periodic values stored under <paramref name="keys"/> (every planned period's), read once for all planned periods.</summary>
    internal Task<IReadOnlyList<PeriodicValue>> PlannedPeriodicAsync(Func<IReadOnlyCollection<string>> keys, CancellationToken ct) =>
        _plannedPeriodic ??= _store.GetPeriodicValuesAsync(Village.Code.Value, keys(), entityIds: null, ct);

    public OrgUnit Village { get; }

    /// <summary>
    /// Per entity, its fields without periodic values as converted for <paramref name="day"/> under <paramref name="catalog"/>
    /// (see <see cref="VillageScopeLoader"/>): filled by the first period read as of that day, reused by the others.
    /// </summary>
    internal Dictionary<Guid, ScopeFields> BaseFields(DateOnly day, FieldCatalog catalog)
    {
        if (Live is not null) return Live.BaseFields(Village.Code.Value, day, catalog);
        if (!_bases.TryGetValue(day, out var kept) || !ReferenceEquals(kept.Catalog, catalog)) _bases[day] = kept = (catalog, []);
        return kept.Fields;
    }

    /// <summary>
    /// A live pass's scope entities for <paramref name="period"/> kept from earlier passes (<see cref="LiveVillageCache.Scripted"/>),
    /// those of entities changed since left out; null when this village is not a live one.
    /// </summary>
    internal Dictionary<Guid, ScriptEntity>? Scripted(Period period, FieldCatalog catalog) => Live?.Scripted(Village.Code.Value, period, catalog);

    /// <summary>Every type this was made for (or planned for the day), as of <paramref name="day"/> (those retired by then left out), by type; read once per day.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> AsOfAsync(DateOnly day, CancellationToken ct)
    {
        if (_byDay.TryGetValue(day, out var documents)) return documents;
        if (Live is not null)
        {
            // Kept with the retired ones (the rules read them too); dropped here exactly as the stores drop them.
            var all = await Live.DocumentsAsync(Village.Code.Value, _types, day, ct);
            return _byDay[day] = all.ToDictionary(t => t.Key, t => (IReadOnlyList<EntityDocument>)t.Value.Where(d => !d.IsRetiredOn(day)).ToList(), StringComparer.Ordinal);
        }
        if (_plan is not null && _plan.TryGetValue(day, out var planned))
        {
            var together = _plan.Where(p => !_byDay.ContainsKey(p.Key) && p.Value.SequenceEqual(planned)).Select(p => p.Key).ToList();
            foreach (var (read, lists) in await _store.ListVillageAsOfDaysAsync(Village.Code.Value, planned, together, ct: ct)) _byDay[read] = lists;
            return _byDay[day];
        }
        return _byDay[day] = await _store.ListVillageAsOfAsync(Village.Code.Value, _types, day, ct: ct, fields: _fields);
    }
}
