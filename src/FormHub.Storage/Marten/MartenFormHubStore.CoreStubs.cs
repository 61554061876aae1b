using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Marten;

// THROWAWAY (issue 17b): the core's members until issue-17a is merged; deleted then.
public sealed partial class MartenFormHubStore : IFormHubStore
{
    private static NotImplementedException Core() => new("core engine: see branch issue-17a");
    private FieldCatalog? _stubCatalog;
    public FieldCatalog Catalog => Volatile.Read(ref _stubCatalog) ?? SeedCatalog;
    internal void HoldCatalog(FieldCatalog catalog) => Volatile.Write(ref _stubCatalog, catalog);
    private partial Task InitializeServicesAsync(CancellationToken ct);
    public string EngineName => "marten";
    public string Location => Schema;
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await _documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await InitializeServicesAsync(ct);
    }
    public IStoreSession OpenSession(string user, ChangeSource source) => throw Core();
    public Task<EntityDocument?> GetAsync(Guid entityId, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyDictionary<Guid, EntityDocument>> GetManyAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default) => throw Core();
    public Task<EntityDocument?> GetAsOfAsync(Guid entityId, DateOnly date, CancellationToken ct = default) => throw Core();
    public Task<EntityPage> ListAsync(EntityQuery query, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<EntityDocument>> ListAsOfAsync(string villageCode, string entityType, DateOnly date, bool includeRetired = false, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> ListVillageAsOfAsync(string villageCode, IReadOnlyCollection<string> entityTypes, DateOnly date, bool includeRetired = false, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, string period, string? entityType = null, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, IReadOnlyCollection<string> periods, IReadOnlyCollection<Guid>? entityIds, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<EntityEvent>> GetHistoryAsync(Guid entityId, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<EntityEvent>> ListVillageEventsAsync(string villageCode, DateTimeOffset? recordedAfter, int max, CancellationToken ct = default) => throw Core();
    public Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<ChangeFeedEntry>> ReadChangesAsync(FeedCursor afterCursor, int max = 1000, CancellationToken ct = default) => throw Core();
    public Task<FeedCursor> GetFeedEndAsync(CancellationToken ct = default) => throw Core();
    public Task SaveRegionsAsync(IEnumerable<OrgUnit> units, CancellationToken ct = default) => Task.CompletedTask;
    public Task<IReadOnlyList<OrgUnit>> GetRegionsAsync(CancellationToken ct = default) => throw Core();
    public Task<StoreCounts> CountAsync(CancellationToken ct = default) => throw Core();
    public Task<long> CountRowsAsync(CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<DuplicateIdentity>> FindDuplicateIdentitiesAsync(RegionCode under, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyDictionary<string, long>> CountTypedValuesAsync(RegionCode under, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) => throw Core();
    public Task<IReadOnlyList<StoredValueCount>> CountStoredValuesAsync(string entityType, string field, CancellationToken ct = default) => throw Core();
}
