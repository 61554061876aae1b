using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Shards;

/// <summary>
/// A province on several PostgreSQL databases (issue 17, item 3): one Marten store per shard, and this store in front of
/// them routing every call by county. A county is the tenant: its villages' records, event streams, periodic values,
/// submissions, findings, audit lines and its village, township and county report rows are kept only on the shard the
/// <see cref="ShardLayout"/> places it on. What all counties share (catalog, templates, accounts, subscriptions, API
/// clients, layouts, import profiles) and the report rows of cities and the province are kept on the home shard, the
/// layout's first; the catalog is also copied to every shard, which validates saves against it. Reads of an area above a
/// county ask every shard and combine the answers, so a city or province row rolls up county rows of every shard.
/// Split by topic: this file routes entity data, the feed and regions; <c>.Reports</c> report rows, submissions and
/// findings; <c>.Shared</c> the definitions; <see cref="ShardedStoreSession"/> writes.
/// </summary>
public sealed partial class ShardedFormHubStore : IFormHubStore, IOwnPeriodMigration
{
    private readonly IReadOnlyList<IFormHubStore> _shards;
    private readonly Placements _layout;
    private readonly IReadOnlyDictionary<string, IFormHubStore> _byName;
    private readonly IFormHubStore _feed;
    private readonly bool _ownsShards;

    /// <summary>A store over <paramref name="shards"/> (one per <see cref="ShardLayout.Shards"/>, in that order) that it owns and disposes.</summary>
    public ShardedFormHubStore(ShardLayout layout, IReadOnlyList<IFormHubStore> shards) : this(new Placements(layout), shards, 0, ownsShards: true)
    {
    }

    private ShardedFormHubStore(Placements layout, IReadOnlyList<IFormHubStore> shards, int feedShard, bool ownsShards)
    {
        if (shards.Count != layout.File.Shards.Count) throw new ArgumentException("One store per shard of the layout", nameof(shards));
        _layout = layout;
        _shards = shards;
        _byName = layout.File.Shards.Select((s, i) => (s.Name, Store: shards[i])).ToDictionary(p => p.Name, p => p.Store, StringComparer.Ordinal);
        _feed = shards[feedShard];
        FeedShard = layout.File.Shards[feedShard].Name;
        _ownsShards = ownsShards;
        Location = $"shards[{string.Join(", ", shards.Select(s => s.Location))}] feed {FeedShard}";
        Identities = new CrossShardIdentities(this);
    }

    /// <summary>ID-number uniqueness across the shards, checked by each save before its shard's own.</summary>
    internal CrossShardIdentities Identities { get; }

    /// <summary>
    /// The layout in force: the shards and the counties of the layout file, with the placements made by command
    /// (<see cref="PlaceCountyAsync"/>) over them. Shared with the <see cref="FeedViews"/>, so a placement reaches them all.
    /// </summary>
    public ShardLayout Layout => _layout.Current;

    /// <summary>The layout as the file gives it (before placements by command).</summary>
    public ShardLayout FileLayout => _layout.File;

    /// <summary>The shard whose change feed, feed cursors, lease and quarantine this store object reads (see <see cref="FeedViews"/>).</summary>
    public string FeedShard { get; }

    /// <summary>
    /// One store object per shard, each following that shard's change feed (and taking that shard's materializer lease)
    /// while routing everything else like this one: the live materializer runs once per shard, each deriving its own
    /// counties' villages and rolling them up to the province. Disposing a view leaves the shards open.
    /// </summary>
    public IReadOnlyList<ShardedFormHubStore> FeedViews =>
        Layout.Shards.Select((_, i) => i == 0 ? this : new ShardedFormHubStore(_layout, _shards, i, ownsShards: false)).ToList();

    /// <summary>The store objects a live materializer runs on, one per change feed: the sharded store's <see cref="FeedViews"/>, else the store itself.</summary>
    public static IReadOnlyList<IFormHubStore> FeedsOf(IFormHubStore store) => store is ShardedFormHubStore sharded ? sharded.FeedViews : [store];

    /// <summary>The shard stores, home first, by name (tests and admin commands that look behind the routing).</summary>
    public IReadOnlyDictionary<string, IFormHubStore> Shards => _byName;

    private IFormHubStore Home => _shards[0];

    public string EngineName => Home.EngineName;

    public string Location { get; }

    public FieldCatalog Catalog => Home.Catalog;

    public AuditKeyRing AuditKeys => Home.AuditKeys;

    /// <summary>The shard holding <paramref name="countyCode"/>'s data; a county the layout does not place is refused.</summary>
    internal IFormHubStore ShardOfCounty(string countyCode) =>
        Layout.ShardOf(countyCode) is { } name ? _byName[name] : throw new CountyNotPlacedException(countyCode);

    /// <summary>
    /// Where a unit's own data lives: a village, township or county on its county's shard; a city or the province (their
    /// report rows, their audit lines) on the home shard.
    /// </summary>
    /// <summary>A created record's shard; null for a code that is no region code.</summary>
    internal IFormHubStore? ShardOfUnit(string unitCode) => RegionCode.TryParse(unitCode, out _, out _) ? ShardOf(unitCode) : null;

    /// <summary>The layout's name of a shard store.</summary>
    internal string NameOf(IFormHubStore shard) => Layout.Shards[_shards.ToList().IndexOf(shard)].Name;

    private IFormHubStore ShardOf(string unitCode)
    {
        var code = RegionCode.Parse(unitCode);
        return code.Level >= OrgLevel.County ? ShardOfCounty(code.CountyCode) : Home;
    }

    /// <summary>
    /// The shards that can hold data of units under <paramref name="unitCode"/> (or of it): its county's shard for a county
    /// or below; for a city or the province, the home shard and every shard a county beneath it is placed on.
    /// </summary>
    private IReadOnlyList<IFormHubStore> ShardsUnder(string? unitCode)
    {
        if (unitCode is null) return _shards;
        var code = RegionCode.Parse(unitCode);
        if (code.Level >= OrgLevel.County) return [ShardOfCounty(code.CountyCode)];
        var names = Layout.Counties.Where(c => RegionCode.Parse(c.Key).IsWithin(code)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return _shards.Where((s, i) => i == 0 || names.Contains(Layout.Shards[i].Name)).ToList();
    }

    /// <summary>Asks every given shard at once and concatenates their answers, shard order.</summary>
    private static async Task<List<T>> GatherAsync<T>(IEnumerable<IFormHubStore> shards, Func<IFormHubStore, Task<IReadOnlyList<T>>> read) =>
        (await Task.WhenAll(shards.Select(read))).SelectMany(r => r).ToList();

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // The home shard first: it seeds the catalog and template log the others copy.
        foreach (var shard in _shards) await shard.InitializeAsync(ct);
        foreach (var shard in _shards.Skip(1)) await CopyCatalogAsync(shard, ct);
        await RefreshPlacementsAsync(ct);
    }

    public IStoreSession OpenSession(string user, ChangeSource source) => new ShardedStoreSession(this, user, source, bulk: false);

    public IBulkStoreSession OpenBulkSession(string user, ChangeSource source) => new ShardedStoreSession(this, user, source, bulk: true);

    /// <summary>Which shard holds each of <paramref name="entityIds"/> (ids held by none are absent).</summary>
    internal async Task<IReadOnlyDictionary<Guid, IFormHubStore>> LocateAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct)
    {
        var found = new Dictionary<Guid, IFormHubStore>();
        if (entityIds.Count == 0) return found;
        // Headers only: a save of 10,000 payments locates 10,000 records, and their fields are of no use here.
        var answers = await Task.WhenAll(_shards.Select(async s => (Shard: s, Headers: await s.GetHeadersAsync(entityIds, ct))));
        foreach (var (shard, headers) in answers)
        foreach (var id in headers.Keys)
            found[id] = shard;
        return found;
    }

    public async Task<EntityDocument?> GetAsync(Guid entityId, CancellationToken ct = default) =>
        (await Task.WhenAll(_shards.Select(s => s.GetAsync(entityId, ct)))).FirstOrDefault(d => d is not null);

    public async Task<IReadOnlyDictionary<Guid, EntityDocument>> GetManyAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default)
    {
        var all = new Dictionary<Guid, EntityDocument>();
        foreach (var answer in await Task.WhenAll(_shards.Select(s => s.GetManyAsync(entityIds, ct))))
        foreach (var (id, doc) in answer)
            all[id] = doc;
        return all;
    }

    public async Task<IReadOnlyDictionary<Guid, RecordHeader>> GetHeadersAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default)
    {
        var all = new Dictionary<Guid, RecordHeader>();
        foreach (var answer in await Task.WhenAll(_shards.Select(s => s.GetHeadersAsync(entityIds, ct))))
        foreach (var (id, header) in answer)
            all[id] = header;
        return all;
    }

    /// <summary>Every shard's holders (a save refuses a number held on another shard: <see cref="CrossShardIdentities"/>).</summary>
    public async Task<IReadOnlyList<IdNumberHolder>> FindIdNumberHoldersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default) =>
        idNumbers.Count == 0 ? [] : await GatherAsync(_shards, s => s.FindIdNumberHoldersAsync(idNumbers, ct));

    public async Task<EntityDocument?> GetAsOfAsync(Guid entityId, DateOnly date, CancellationToken ct = default) =>
        (await LocateAsync([entityId], ct)).TryGetValue(entityId, out var shard) ? await shard.GetAsOfAsync(entityId, date, ct) : null;

    public async Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<Guid, EntityDocument>>> GetManyAsOfDaysAsync(IReadOnlyCollection<Guid> entityIds,
        IReadOnlyCollection<DateOnly> days, CancellationToken ct = default)
    {
        var all = days.Distinct().ToDictionary(d => d, _ => new Dictionary<Guid, EntityDocument>());
        // Each shard reads its own ids (the live materializer's are one village's, so one shard).
        var located = await LocateAsync(entityIds, ct);
        foreach (var group in located.GroupBy(l => l.Value, l => l.Key))
        {
            foreach (var (day, found) in await group.Key.GetManyAsOfDaysAsync(group.ToList(), days, ct))
            foreach (var (id, doc) in found)
                all[day][id] = doc;
        }
        return all.ToDictionary(a => a.Key, a => (IReadOnlyDictionary<Guid, EntityDocument>)a.Value);
    }

    public Task<EntityPage> ListAsync(EntityQuery query, CancellationToken ct = default) => ShardOf(query.VillageCode).ListAsync(query, ct);

    public Task<IReadOnlyList<EntityDocument>> ListAsOfAsync(string villageCode, string entityType, DateOnly date, bool includeRetired = false, CancellationToken ct = default) =>
        ShardOf(villageCode).ListAsOfAsync(villageCode, entityType, date, includeRetired, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> ListVillageAsOfAsync(string villageCode, IReadOnlyCollection<string> entityTypes, DateOnly date,
        bool includeRetired = false, CancellationToken ct = default, IReadOnlySet<string>? fields = null) =>
        ShardOf(villageCode).ListVillageAsOfAsync(villageCode, entityTypes, date, includeRetired, ct, fields);

    public Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>>> ListVillageAsOfDaysAsync(string villageCode,
        IReadOnlyCollection<string> entityTypes, IReadOnlyCollection<DateOnly> days, bool includeRetired = false, CancellationToken ct = default,
        IReadOnlySet<string>? fields = null) =>
        ShardOf(villageCode).ListVillageAsOfDaysAsync(villageCode, entityTypes, days, includeRetired, ct, fields);

    public Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, string period, string? entityType = null, CancellationToken ct = default) =>
        ShardOf(villageCode).GetPeriodicValuesAsync(villageCode, period, entityType, ct);

    public Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, IReadOnlyCollection<string> periods, IReadOnlyCollection<Guid>? entityIds,
        CancellationToken ct = default) =>
        ShardOf(villageCode).GetPeriodicValuesAsync(villageCode, periods, entityIds, ct);

    public async Task<IReadOnlyList<EntityEvent>> GetHistoryAsync(Guid entityId, CancellationToken ct = default) =>
        (await LocateAsync([entityId], ct)).TryGetValue(entityId, out var shard) ? await shard.GetHistoryAsync(entityId, ct) : [];

    public Task<IReadOnlyList<EntityEvent>> ListVillageEventsAsync(string villageCode, DateTimeOffset? recordedAfter, int max, CancellationToken ct = default) =>
        ShardOf(villageCode).ListVillageEventsAsync(villageCode, recordedAfter, max, ct);

    public Task<IReadOnlyList<EntityEvent>> ListVillageAttributeEventsAsync(string villageCode, IReadOnlyCollection<string> entityTypes, CancellationToken ct = default) =>
        ShardOf(villageCode).ListVillageAttributeEventsAsync(villageCode, entityTypes, ct);

    public Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default) => ShardOf(villageCode).VerifyAsync(villageCode, ct);

    public Task<IReadOnlyList<ChangeFeedEntry>> ReadChangesAsync(FeedCursor afterCursor, int max = 1000, CancellationToken ct = default) =>
        _feed.ReadChangesAsync(afterCursor, max, ct);

    public Task<FeedCursor> GetFeedEndAsync(CancellationToken ct = default) => _feed.GetFeedEndAsync(ct);

    /// <summary>Every shard keeps the whole region tree: a save checks its villages exist, and names places in its messages.</summary>
    public async Task SaveRegionsAsync(IEnumerable<OrgUnit> units, CancellationToken ct = default)
    {
        var list = units.ToList();
        foreach (var shard in _shards) await shard.SaveRegionsAsync(list, ct);
    }

    public Task<IReadOnlyList<OrgUnit>> GetRegionsAsync(CancellationToken ct = default) => Home.GetRegionsAsync(ct);

    /// <summary>Regions are counted once (every shard holds them all); records, events and values summed over the shards.</summary>
    public async Task<StoreCounts> CountAsync(CancellationToken ct = default)
    {
        var counts = await Task.WhenAll(_shards.Select(s => s.CountAsync(ct)));
        return new StoreCounts(counts[0].Regions, counts.Sum(c => c.Entities), counts.Sum(c => c.Events), counts.Sum(c => c.PeriodicValues));
    }

    /// <summary>Rows of every shard, the copies (regions and catalog versions on the shards other than home) not counted.</summary>
    public async Task<long> CountRowsAsync(CancellationToken ct = default)
    {
        var rows = await Home.CountRowsAsync(ct);
        foreach (var shard in _shards.Skip(1))
            rows += await shard.CountRowsAsync(ct) - (await shard.CountAsync(ct)).Regions - (shard.CatalogVersion - 1);
        return rows;
    }

    /// <summary>Each shard moves its own values (<see cref="IOwnPeriodMigration"/>); the total moved.</summary>
    public async Task<int> MovePeriodicValuesToOwnPeriodsAsync(CancellationToken ct = default)
    {
        var moved = 0;
        foreach (var shard in _shards.OfType<IOwnPeriodMigration>()) moved += await shard.MovePeriodicValuesToOwnPeriodsAsync(ct);
        return moved;
    }

    /// <summary>Within each shard beneath the area and across shards: a number held under it on one shard and on another (<see cref="CrossShardDuplicates"/>).</summary>
    public Task<IReadOnlyList<DuplicateIdentity>> FindDuplicateIdentitiesAsync(RegionCode under, CancellationToken ct = default) =>
        CrossShardDuplicates.FindAsync(this, under, ShardsUnder(under.Value), ct);

    public async Task<IReadOnlyDictionary<string, long>> CountTypedValuesAsync(RegionCode under, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var answer in await Task.WhenAll(ShardsUnder(under.Value).Select(s => s.CountTypedValuesAsync(under, from, to, ct))))
        foreach (var (village, n) in answer)
            all[village] = all.GetValueOrDefault(village) + n;
        return all;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ownsShards) return;
        foreach (var shard in _shards) await shard.DisposeAsync();
    }
}
