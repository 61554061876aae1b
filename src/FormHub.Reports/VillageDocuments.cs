using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// One village's entities as read for derivation, kept by the day they are read as of: a village's month, quarter and
/// year usually end on the same day, so a rebuild or a live refresh derives all three from one read instead of three.
/// Lives for one village's share of one rebuild or refresh pass (it holds the documents). With <paramref name="fields"/>
/// (catalog keys) the documents hold only those fields: one template's preview, which reads a few of each resident's.
/// </summary>
public sealed class VillageDocuments(IFormHubStore store, OrgUnit village, IEnumerable<string> entityTypes, IReadOnlySet<string>? fields = null)
{
    private readonly List<string> _types = entityTypes.Distinct().ToList();
    private readonly Dictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> _byDay = [];

    public OrgUnit Village => village;

    private readonly Dictionary<DateOnly, (FieldCatalog Catalog, Dictionary<Guid, ScopeFields> Fields)> _bases = [];

    /// <summary>
    /// Per entity, its fields without periodic values as converted for <paramref name="day"/> under <paramref name="catalog"/>
    /// (see <see cref="VillageScopeLoader"/>): filled by the first period read as of that day, reused by the others.
    /// </summary>
    internal Dictionary<Guid, ScopeFields> BaseFields(DateOnly day, FieldCatalog catalog)
    {
        if (!_bases.TryGetValue(day, out var kept) || !ReferenceEquals(kept.Catalog, catalog)) _bases[day] = kept = (catalog, []);
        return kept.Fields;
    }

    /// <summary>Every type this was made for, as of <paramref name="day"/> (those retired by then left out), by type; read once per day.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> AsOfAsync(DateOnly day, CancellationToken ct)
    {
        if (!_byDay.TryGetValue(day, out var documents))
            _byDay[day] = documents = await store.ListVillageAsOfAsync(village.Code.Value, _types, day, ct: ct, fields: fields);
        return documents;
    }
}
