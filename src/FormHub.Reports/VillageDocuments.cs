using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// One village's entities as read for derivation, kept by the day they are read as of: a village's month, quarter and
/// year usually end on the same day, so a rebuild or a live refresh derives all three from one read instead of three.
/// Lives for one village's share of one rebuild or refresh pass (it holds the documents).
/// </summary>
public sealed class VillageDocuments
{
    private readonly IFormHubStore _store;
    private readonly List<string> _types;
    // A rebuild's plan: the types read as of each day it will ask for. The days asking the same types are read together.
    private readonly IReadOnlyDictionary<DateOnly, IReadOnlyCollection<string>>? _plan;
    private readonly Dictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> _byDay = [];
    private readonly Dictionary<DateOnly, (FieldCatalog Catalog, Dictionary<Guid, ScopeFields> Fields)> _bases = [];

    /// <summary>Reads <paramref name="entityTypes"/> as of each day asked for, one day at a time.</summary>
    public VillageDocuments(IFormHubStore store, OrgUnit village, IEnumerable<string> entityTypes)
    {
        _store = store;
        Village = village;
        _types = entityTypes.Distinct().ToList();
    }

    /// <summary>
    /// Reads, as of each day of <paramref name="typesByDay"/>, its types; the first ask for one of the days reads every day
    /// asking the same types in one store read (<see cref="IFormHubStore.ListVillageAsOfDaysAsync"/>): a rebuild deriving
    /// the eleven months before December that a prev() template needs reads the village's documents once, not eleven times.
    /// </summary>
    public VillageDocuments(IFormHubStore store, OrgUnit village, IReadOnlyDictionary<DateOnly, IReadOnlyCollection<string>> typesByDay)
        : this(store, village, typesByDay.Values.SelectMany(t => t)) => _plan = typesByDay;

    public OrgUnit Village { get; }

    /// <summary>
    /// Per entity, its fields without periodic values as converted for <paramref name="day"/> under <paramref name="catalog"/>
    /// (see <see cref="VillageScopeLoader"/>): filled by the first period read as of that day, reused by the others.
    /// </summary>
    internal Dictionary<Guid, ScopeFields> BaseFields(DateOnly day, FieldCatalog catalog)
    {
        if (!_bases.TryGetValue(day, out var kept) || !ReferenceEquals(kept.Catalog, catalog)) _bases[day] = kept = (catalog, []);
        return kept.Fields;
    }

    /// <summary>Every type this was made for (or planned for the day), as of <paramref name="day"/> (those retired by then left out), by type; read once per day.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> AsOfAsync(DateOnly day, CancellationToken ct)
    {
        if (_byDay.TryGetValue(day, out var documents)) return documents;
        if (_plan is not null && _plan.TryGetValue(day, out var planned))
        {
            var types = planned.Distinct().Order(StringComparer.Ordinal).ToList();
            var together = _plan.Where(p => !_byDay.ContainsKey(p.Key) && p.Value.Distinct().Order(StringComparer.Ordinal).SequenceEqual(types))
                .Select(p => p.Key).ToList();
            foreach (var (read, lists) in await _store.ListVillageAsOfDaysAsync(Village.Code.Value, types, together, ct: ct)) _byDay[read] = lists;
            return _byDay[day];
        }
        return _byDay[day] = await _store.ListVillageAsOfAsync(Village.Code.Value, _types, day, ct: ct);
    }
}
