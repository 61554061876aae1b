using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// The live materializer's villages kept across its passes: each village's documents as of the days derived (retired
/// ones included), its periodic values under the period keys read, the documents' converted base fields, and each
/// period's scope entities (documents and periodic values merged, what templates read; a pass converts only the changed
/// entities again). A pass usually finds the village here and re-reads only the entities the feed says changed since, instead of the whole
/// village twice (reports, then record rules).
/// </summary>
/// <remarks>
/// Correct because the materializer sees every change of the feed, in order, and marks it here (<see cref="Changed"/>)
/// before deriving anything: a village was read after the feed entries of an earlier pass were taken, so whatever it
/// missed committed later and comes in a later pass's entries, which re-read that entity (as of each kept day, with its
/// periodic values). The materializer forgets everything (<see cref="Forget"/>) when it did not move the feed cursor
/// itself since the last pass (another holder, a restore) or retakes the lease. A catalog change reads anew. Memory is
/// bounded by <see cref="MaxEntities"/> documents and periodic values, the villages used longest ago dropped first. A pass
/// that fails forgets every village (a read that failed half-way leaves nothing half kept). Within one pass a type read for
/// the first time is read as the store holds it then, the others as patched at the pass's start: a save committed
/// meanwhile can show in one and not the other until the next pass, which patches it (as two reads of a village did before).
/// </remarks>
public sealed class LiveVillageCache(IFormHubStore store, int maxEntities = LiveVillageCache.DefaultMaxEntities)
{
    /// <summary>
    /// Documents and periodic values kept by default: 200,000 (each document also holds its converted fields and its
    /// scope entity per period derived: 4–6 kB of the server's RSS a document in all, measured, so about 1 GB); the paced web bench's
    /// county (200 villages, ~40,000 documents) fits whole, a 300,000-person county keeps its ~150 busiest villages.
    /// </summary>
    public const int DefaultMaxEntities = 200_000;

    /// <summary>More changed entities than this in one village since it was read: read the village anew (an import).</summary>
    private const int PatchLimit = 64;

    /// <summary>
    /// Days kept per village: usually one (this month's end, where the month, quarter and year of December all end),
    /// more while back-dated changes are derived for earlier months; each kept day costs a read per changed entity.
    /// </summary>
    private const int DaysKept = 3;

    /// <summary>Period keys whose periodic values are kept per village: a 年报 reads its 12 months, 4 quarters and the year.</summary>
    private const int PeriodKeysKept = 40;

    private readonly object _gate = new();
    private readonly Dictionary<string, Kept> _villages = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _used = new(); // least recently used first
    private int _entities;
    private long _uses;

    public int MaxEntities { get; } = maxEntities;

    /// <summary>Villages kept now (tests and diagnostics).</summary>
    public int Count { get { lock (_gate) return _villages.Count; } }

    /// <summary>Scope entities kept now, over every village and period (tests and diagnostics).</summary>
    public int ScopeEntitiesKept { get { lock (_gate) return _villages.Values.Sum(v => v.Scripted.Values.Sum(s => s.Entities.Count)); } }

    /// <summary>Marks what <paramref name="changes"/> touched: the next read of each kept village re-reads those entities.</summary>
    public void Changed(IEnumerable<ChangeFeedEntry> changes)
    {
        lock (_gate)
        {
            foreach (var change in changes)
            {
                if (!_villages.TryGetValue(change.VillageCode, out var kept)) continue;
                if (change.EntityId == Guid.Empty) kept.Stale = true;
                // A periodic value leaves the entity's document as it was; any other change leaves its periodic values.
                else (change.Kind == EventKind.PeriodicSet ? kept.PeriodicChanged : kept.DocumentChanged).Add(change.EntityId);
                kept.Changed.Add(change.EntityId);
                if (kept.Changed.Count > PatchLimit) kept.Stale = true;
            }
            foreach (var stale in _villages.Where(v => v.Value.Stale).Select(v => v.Key).ToList()) Drop(stale);
        }
    }

    /// <summary>Forgets every village.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _villages.Clear();
            _used.Clear();
            _entities = 0;
        }
    }

    /// <summary>The village's documents of <paramref name="types"/> as of <paramref name="day"/>, retired ones included, by type (in the store's order).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> DocumentsAsync(string village, IReadOnlyCollection<string> types, DateOnly day,
        CancellationToken ct)
    {
        var kept = Village(village);
        await PatchAsync(village, kept, ct);
        if (!kept.Days.TryGetValue(day, out var lists))
        {
            // The day used longest ago makes room.
            if (kept.Days.Count >= DaysKept && kept.DayUsed.MinBy(d => d.Value).Key is var oldest)
            {
                var gone = kept.Days[oldest].Values.Sum(l => l.Count);
                kept.Days.Remove(oldest);
                kept.DayUsed.Remove(oldest);
                kept.Bases.Remove(oldest);
                foreach (var period in kept.Scripted.Keys.Where(p => p.End == oldest).ToList()) kept.Scripted.Remove(period);
                Grew(kept, -gone);
            }
            kept.Days[day] = lists = new Dictionary<string, List<EntityDocument>>(StringComparer.Ordinal);
        }
        kept.DayUsed[day] = Interlocked.Increment(ref _uses);
        var missing = types.Where(t => !lists.ContainsKey(t)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var read = await store.ListVillageAsOfAsync(village, missing, day, includeRetired: true, ct: ct);
            var added = 0;
            foreach (var type in missing)
            {
                lists[type] = read[type].ToList();
                added += lists[type].Count;
            }
            Grew(kept, added);
        }
        return types.Distinct().ToDictionary(t => t, t => (IReadOnlyList<EntityDocument>)lists[t], StringComparer.Ordinal);
    }

    /// <summary>The village's periodic values stored under <paramref name="keys"/> (period keys).</summary>
    public async Task<IReadOnlyList<PeriodicValue>> PeriodicAsync(string village, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var kept = Village(village);
        await PatchAsync(village, kept, ct);
        var missing = keys.Where(k => !kept.Periodic.ContainsKey(k)).Distinct().ToList();
        if (missing.Count > 0)
        {
            // Read first, kept after: a failed read must leave the keys unread, not read as holding no values.
            var read = await store.GetPeriodicValuesAsync(village, missing, entityIds: null, ct);
            // Keys pile up with back-dated months and each new period; past the bound they are read again as needed.
            if (kept.Periodic.Count + missing.Count > PeriodKeysKept)
            {
                Grew(kept, -kept.Periodic.Values.Sum(v => v.Count));
                kept.Periodic.Clear();
            }
            var byKey = missing.ToDictionary(k => k, _ => new List<PeriodicValue>(), StringComparer.Ordinal);
            foreach (var value in read) byKey[value.Period].Add(value);
            foreach (var (key, values) in byKey) kept.Periodic[key] = values;
            Grew(kept, read.Count);
        }
        return keys.Distinct().SelectMany(k => kept.Periodic.TryGetValue(k, out var values) ? values : []).ToList();
    }

    /// <summary>Per entity, its base fields converted for <paramref name="day"/> under <paramref name="catalog"/>, kept with the documents.</summary>
    internal Dictionary<Guid, ScopeFields> BaseFields(string village, DateOnly day, FieldCatalog catalog)
    {
        var kept = Village(village);
        if (!kept.Bases.TryGetValue(day, out var bases) || !ReferenceEquals(bases.Catalog, catalog)) kept.Bases[day] = bases = (catalog, []);
        return bases.Fields;
    }

    /// <summary>
    /// Per entity, its scope entity for <paramref name="period"/> under <paramref name="catalog"/> (documents and periodic
    /// values merged, <see cref="VillageScopeLoader"/>), kept with the documents: a pass converts only the entities
    /// changed since, not the whole village again.
    /// </summary>
    internal Dictionary<Guid, ScriptEntity> Scripted(string village, Period period, FieldCatalog catalog)
    {
        var kept = Village(village);
        if (!kept.Scripted.TryGetValue(period, out var scripted) || !ReferenceEquals(scripted.Catalog, catalog)) kept.Scripted[period] = scripted = (catalog, []);
        return scripted.Entities;
    }

    /// <summary>The village's entry, made anew when the catalog changed (documents are read under the catalog's fields).</summary>
    private Kept Village(string village)
    {
        lock (_gate)
        {
            if (_villages.TryGetValue(village, out var kept) && ReferenceEquals(kept.Catalog, store.Catalog))
            {
                _used.Remove(kept.Use);
                _used.AddLast(kept.Use);
                return kept;
            }
            if (kept is not null) Drop(village);
            kept = new Kept(store.Catalog, new LinkedListNode<string>(village));
            _villages[village] = kept;
            _used.AddLast(kept.Use);
            return kept;
        }
    }

    /// <summary>
    /// Patches every kept village of <paramref name="villages"/> that changed since it was read, all in one store read of
    /// their documents and one of their periodic values: a pass's villages at once, where each village's first read would
    /// patch it alone (two reads per village). Villages not kept are left for their first read.
    /// </summary>
    public async Task PatchAsync(IEnumerable<string> villages, CancellationToken ct)
    {
        var patches = new List<Pending>();
        lock (_gate)
        {
            foreach (var village in villages.Distinct(StringComparer.Ordinal))
            {
                if (_villages.TryGetValue(village, out var kept) && ReferenceEquals(kept.Catalog, store.Catalog) && Take(village, kept) is { } pending)
                    patches.Add(pending);
            }
        }
        if (patches.Count == 0) return;
        try
        {
            await PatchAsync(patches, ct);
            foreach (var patch in patches) patch.Done.SetResult();
        }
        catch (Exception e)
        {
            // Half patched: forget the villages, so the next pass reads them anew.
            lock (_gate)
                foreach (var patch in patches) Drop(patch.Village);
            foreach (var patch in patches) patch.Done.SetException(e);
            throw;
        }
    }

    /// <summary>
    /// Re-reads the entities changed since the village was read: each as of every kept day (gone when it did not exist
    /// then), its periodic values under every kept key, and its base fields converted again.
    /// </summary>
    private Task PatchAsync(string village, Kept kept, CancellationToken ct)
    {
        Pending? pending;
        lock (_gate)
        {
            // A scope's documents and periodic values are read at once: the second waits for the first one's patch.
            pending = Take(village, kept);
            if (pending is null) return kept.Patching?.Task ?? Task.CompletedTask;
        }
        return Run(pending);

        async Task Run(Pending patch)
        {
            try
            {
                await PatchAsync([patch], ct);
                patch.Done.SetResult();
            }
            catch (Exception e)
            {
                // Half patched: forget the village, so the next pass reads it anew.
                lock (_gate) Drop(village);
                patch.Done.SetException(e);
                throw;
            }
        }
    }

    /// <summary>The village's changes to patch, taken from it (its later reads wait for <see cref="Pending.Done"/>); null when none. Under the gate.</summary>
    private static Pending? Take(string village, Kept kept)
    {
        if (kept.Changed.Count == 0) return null;
        var pending = new Pending(village, kept, kept.Changed.ToList(), kept.DocumentChanged.ToList(), kept.PeriodicChanged.ToList(),
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        kept.Changed.Clear();
        kept.DocumentChanged.Clear();
        kept.PeriodicChanged.Clear();
        kept.Patching = pending.Done;
        return pending;
    }

    /// <summary>
    /// A village's entities changed since it was read: all of them, those whose document changed, those given a periodic
    /// value; <see cref="Done"/> when patched.
    /// </summary>
    private sealed record Pending(string Village, Kept Kept, List<Guid> All, List<Guid> Documents, List<Guid> Periodic, TaskCompletionSource Done);

    private async Task PatchAsync(IReadOnlyList<Pending> patches, CancellationToken ct)
    {
        // Every changed document as of every kept day in one store read: the stored document when nothing of the entity
        // takes effect after the day (as a read of the whole village takes it), else its replay. Villages kept for
        // different days get the union (a few documents read for a day one village does not need).
        var documents = patches.Where(p => p.Kept.Days.Count > 0).SelectMany(p => p.Documents).ToList();
        var days = patches.Where(p => p.Documents.Count > 0).SelectMany(p => p.Kept.Days.Keys).Distinct().ToList();
        var asOf = documents.Count == 0 ? null : await store.GetManyAsOfDaysAsync(documents, days, ct);
        var reads = patches.Where(p => p.Kept.Periodic.Count > 0 && p.Periodic.Count > 0)
            .Select(p => new PeriodicValuesRead(p.Village, p.Kept.Periodic.Keys.ToList(), p.Periodic)).ToList();
        var values = reads.Count == 0 ? [] : await store.GetPeriodicValuesAsync(reads, ct);
        var valuesOf = new Dictionary<Guid, List<PeriodicValue>>();
        foreach (var value in values)
        {
            if (!valuesOf.TryGetValue(value.EntityId, out var list)) valuesOf[value.EntityId] = list = [];
            list.Add(value);
        }
        foreach (var patch in patches) Apply(patch, asOf, valuesOf);
    }

    /// <summary>Puts what was read for <paramref name="patch"/> in its village.</summary>
    private void Apply(Pending patch, IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<Guid, EntityDocument>>? asOf, Dictionary<Guid, List<PeriodicValue>> valuesOf)
    {
        var kept = patch.Kept;
        if (patch.Documents.Count > 0)
        {
            foreach (var (day, lists) in kept.Days)
            {
                var grew = 0;
                foreach (var id in patch.Documents)
                {
                    foreach (var list in lists.Values) grew -= list.RemoveAll(d => d.Id == id);
                    if (asOf![day].TryGetValue(id, out var now) && lists.TryGetValue(now.EntityType, out var ofType))
                    {
                        // The stores list a type's documents by id.
                        var at = ofType.FindIndex(d => d.Id.CompareTo(id) > 0);
                        ofType.Insert(at < 0 ? ofType.Count : at, now);
                        grew++;
                    }
                }
                Grew(kept, grew);
            }
        }
        foreach (var bases in kept.Bases.Values)
        {
            foreach (var id in patch.Documents) bases.Fields.Remove(id);
        }
        foreach (var scripted in kept.Scripted.Values)
        {
            foreach (var id in patch.All) scripted.Entities.Remove(id);
        }
        if (kept.Periodic.Count > 0 && patch.Periodic.Count > 0)
        {
            var grew = 0;
            var ids = patch.Periodic.ToHashSet();
            foreach (var values in kept.Periodic.Values) grew -= values.RemoveAll(v => ids.Contains(v.EntityId));
            foreach (var id in patch.Periodic)
            {
                foreach (var value in valuesOf.GetValueOrDefault(id) ?? [])
                {
                    if (!kept.Periodic.TryGetValue(value.Period, out var values)) continue;
                    values.Add(value);
                    grew++;
                }
            }
            Grew(kept, grew);
        }
    }

    private void Grew(Kept kept, int added)
    {
        lock (_gate)
        {
            kept.Entities += added;
            if (!_villages.TryGetValue(kept.Use.Value, out var current) || current != kept) return; // dropped meanwhile
            _entities += added;
            // The village just read stays, even alone over the bound.
            while (_entities > MaxEntities && _used.First is { } oldest && oldest != kept.Use) Drop(oldest.Value);
        }
    }

    private void Drop(string village)
    {
        if (!_villages.Remove(village, out var kept)) return;
        _used.Remove(kept.Use);
        _entities -= kept.Entities;
    }

    private sealed class Kept(FieldCatalog catalog, LinkedListNode<string> use)
    {
        public FieldCatalog Catalog { get; } = catalog;
        public LinkedListNode<string> Use { get; } = use;
        public Dictionary<DateOnly, Dictionary<string, List<EntityDocument>>> Days { get; } = [];
        public Dictionary<DateOnly, long> DayUsed { get; } = [];
        public Dictionary<string, List<PeriodicValue>> Periodic { get; } = new(StringComparer.Ordinal);
        public Dictionary<DateOnly, (FieldCatalog Catalog, Dictionary<Guid, ScopeFields> Fields)> Bases { get; } = [];
        public Dictionary<Period, (FieldCatalog Catalog, Dictionary<Guid, ScriptEntity> Entities)> Scripted { get; } = [];
        public HashSet<Guid> Changed { get; } = [];
        public HashSet<Guid> DocumentChanged { get; } = [];
        public HashSet<Guid> PeriodicChanged { get; } = [];
        public bool Stale { get; set; }
        public TaskCompletionSource? Patching { get; set; }
        public int Entities { get; set; }
    }
}
