using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;

namespace FormHub.Reports;

/// <summary>
/// The last few village scopes a preview loaded (entities read and converted, periodic values merged), kept so that an
/// admin previewing draft after draft on one village, or a cadre checking a month again, does not read and convert the
/// village's thousand residents every time: that read is most of a preview's cost, the evaluation a tenth of it.
/// <para>
/// A kept scope is used only while nothing in its village has changed: every save, import line, retirement and periodic
/// value is an event in the village's hash-chained log, so the village's newest event (read in one indexed query, before
/// the scope is loaded) is the version the scope was read at. A newer event, a new catalog version or a renamed village
/// reads the village again. The newest event is the newest committed one, so a save still in flight is seen once it
/// commits, as the live reports see it.
/// </para>
/// Safe for concurrent use; two previews missing the same scope at once both read it, and the later one is kept.
/// </summary>
public sealed class VillageScopeCache(IFormHubStore store, int capacity = 8)
{
    private readonly VillageScopeLoader _loader = new(store);
    private readonly Lock _gate = new();
    // Oldest use first: the first entry is the one to drop when the cache is full.
    private readonly LinkedList<Entry> _entries = [];
    private long _hits, _misses;
    // A field set's part of the key, by the set: a template hands the same set to every preview (CompiledTemplate.FieldsToLoad),
    // so its keys are sorted and joined once, not on every preview.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlySet<string>, string> _fieldKeys = new();

    /// <summary>A kept scope, with its village's stamp (<see cref="VillageStamp"/>) read before it: what it is checked against.</summary>
    private sealed record Entry(string Key, VillageStamp Version, FieldCatalog Catalog, string VillageName, EvaluationScope Scope);

    /// <summary>Previews answered from a kept scope, and those that read the village (for tests and the benchmark).</summary>
    public (long Hits, long Misses) Counts => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));

    /// <summary>
    /// The scope of <paramref name="entityTypes"/> for the village and period: the kept one while the village is unchanged,
    /// else read anew. With <paramref name="fields"/> (catalog keys) it holds only those stored fields: kept apart from a
    /// scope read with other fields.
    /// </summary>
    public async Task<EvaluationScope> LoadAsync(OrgUnit village, Period period, IEnumerable<string> entityTypes, CancellationToken ct = default,
        IReadOnlySet<string>? fields = null)
    {
        var types = entityTypes.Distinct().Order(StringComparer.Ordinal).ToList();
        var read = fields is null ? "*" : _fieldKeys.GetValue(fields, f => string.Join(',', f.Order(StringComparer.Ordinal)));
        var key = $"{village.Code.Value}|{period.Key}|{string.Join(',', types)}|{read}";
        // Read before the scope: a change committed between the two makes the stamp older than the data, never newer.
        var version = await VillageStamp.ReadAsync(store, village.Code.Value, ct);
        var catalog = store.Catalog;
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                var e = node.Value;
                if (e.Key != key) continue;
                if (e.Version == version && ReferenceEquals(e.Catalog, catalog) && e.VillageName == village.Name)
                {
                    _entries.Remove(node);
                    _entries.AddLast(node);
                    Interlocked.Increment(ref _hits);
                    return e.Scope;
                }
                _entries.Remove(node);
                break;
            }
        }
        Interlocked.Increment(ref _misses);
        var scope = await _loader.LoadAsync(village, period, types, ct, fields);
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key != key) continue;
                _entries.Remove(node);
                break;
            }
            _entries.AddLast(new Entry(key, version, catalog, village.Name, scope));
            while (_entries.Count > capacity) _entries.RemoveFirst();
        }
        return scope;
    }
}
