using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>
/// FormHub's store: current entity documents, an append-only hash-chained event log per village, periodic values,
/// region list and change feed. One long-lived instance per process; writes go through <see cref="OpenSession"/>.
/// The SQLite and Marten (PostgreSQL) engines implement it identically, and the sharded store routes it (see the contract tests).
/// </summary>
public interface IFormHubStore : IReportRowStore, IAccountStore, ISubmissionStore, ISubscriptionStore, IApiClientStore, IFindingStore, IImportProfileStore, ITemplateStore, ICatalogStore, IAsyncDisposable
{
    /// <summary>"sqlite" or "marten" (the sharded store names its shards' engine).</summary>
    string EngineName { get; }

    /// <summary>
    /// Which database this store works on: the SQLite file's full path, or the PostgreSQL host, port, database and schema.
    /// Two stores opened on one database have the same location; a copy of the database has another.
    /// </summary>
    string Location { get; }

    /// <summary>The catalog version held (the store's newest as of the last <see cref="ICatalogStore.RefreshCatalogAsync"/>); see <see cref="ICatalogStore"/>.</summary>
    FieldCatalog Catalog { get; }

    /// <summary>The keys the event chain is signed and verified with; <see cref="AuditKeyRing.Warning"/> is for the operator.</summary>
    AuditKeyRing AuditKeys { get; }

    /// <summary>Creates tables and indexes if they do not exist yet; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    IStoreSession OpenSession(string user, ChangeSource source);

    /// <summary>
    /// A session for a bulk load: one transaction, its audit lines in the same commit (<see cref="IBulkStoreSession"/>).
    /// Every engine writes each flushed batch inside the open transaction, so a load holds one batch in memory.
    /// </summary>
    IBulkStoreSession OpenBulkSession(string user, ChangeSource source);

    Task<EntityDocument?> GetAsync(Guid entityId, CancellationToken ct = default);

    /// <summary>Several entities in one read, by id; ids not stored are absent from the answer.</summary>
    Task<IReadOnlyDictionary<Guid, EntityDocument>> GetManyAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default);

    /// <summary>
    /// Type, village and retirement of records by id, without reading their field values (a batch of any size, a few
    /// queries); ids not stored are absent from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, RecordHeader>> GetHeadersAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken ct = default);

    /// <summary>
    /// The records not retired holding each of <paramref name="idNumbers"/> (as stored: upper-case check letter) in an
    /// id-number field, without reading their field values: read from the index of held numbers that saves keep current,
    /// a batch of any size in a few queries. Numbers nobody holds are absent; a number held twice (stored before saves
    /// refused it) answers both holders.
    /// </summary>
    Task<IReadOnlyList<IdNumberHolder>> FindIdNumberHoldersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default);

    /// <summary>The entity as it stood on <paramref name="date"/>: null if it did not exist yet.</summary>
    Task<EntityDocument?> GetAsOfAsync(Guid entityId, DateOnly date, CancellationToken ct = default);

    Task<EntityPage> ListAsync(EntityQuery query, CancellationToken ct = default);

    /// <summary>
    /// Several entities as they stood on each of <paramref name="days"/>, by day (every asked day present) and id: retired
    /// ones included, an entity that did not exist yet on a day (or is not stored) absent from it. Each is the stored document
    /// when nothing of the entity takes effect after the day (as <see cref="ListVillageAsOfAsync"/> takes it), else its
    /// replay (<see cref="GetAsOfAsync"/>). What the live materializer's kept villages re-read of the entities a pass
    /// changed; an engine may read them all in one go instead of one as-of read per entity and day.
    /// </summary>
    async Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<Guid, EntityDocument>>> GetManyAsOfDaysAsync(IReadOnlyCollection<Guid> entityIds,
        IReadOnlyCollection<DateOnly> days, CancellationToken ct = default)
    {
        var result = new Dictionary<DateOnly, IReadOnlyDictionary<Guid, EntityDocument>>();
        var asked = days.Distinct().ToList();
        var ids = entityIds.Distinct().ToList();
        var stored = asked.Count == 0 || ids.Count == 0 ? new Dictionary<Guid, EntityDocument>() : await GetManyAsync(ids, ct);
        foreach (var day in asked)
        {
            var found = new Dictionary<Guid, EntityDocument>();
            foreach (var id in ids)
            {
                // The replay's version is the stored one exactly when nothing of the entity takes effect after the day.
                if (await GetAsOfAsync(id, day, ct) is not { } now) continue;
                found[id] = stored.TryGetValue(id, out var asStored) && asStored.Version == now.Version ? asStored : now;
            }
            result[day] = found;
        }
        return result;
    }

    /// <summary>
    /// A village's entities of a type as they stood on <paramref name="date"/> (those retired by then left out unless asked):
    /// one type of <see cref="ListVillageAsOfAsync"/>, the same on every engine.
    /// </summary>
    async Task<IReadOnlyList<EntityDocument>> ListAsOfAsync(string villageCode, string entityType, DateOnly date, bool includeRetired = false, CancellationToken ct = default) =>
        (await ListVillageAsOfAsync(villageCode, [entityType], date, includeRetired, ct))[entityType];

    /// <summary>
    /// <see cref="ListAsOfAsync"/> for several entity types of one village at once, by type (every asked type present):
    /// one round trip when nothing in the village's log takes effect after <paramref name="date"/>, which is what report
    /// derivation reads for each village. With <paramref name="fields"/> (catalog keys, "person.age"), a current document
    /// holds only those of its stored fields (a preview reads the few its template names, not every field of a thousand
    /// residents); a document rebuilt from its events may hold more. One day of <see cref="ListVillageAsOfDaysAsync"/>, the
    /// same on every engine.
    /// </summary>
    async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>> ListVillageAsOfAsync(string villageCode, IReadOnlyCollection<string> entityTypes, DateOnly date,
        bool includeRetired = false, CancellationToken ct = default, IReadOnlySet<string>? fields = null) =>
        (await ListVillageAsOfDaysAsync(villageCode, entityTypes, [date], includeRetired, ct, fields))[date];

    /// <summary>
    /// <see cref="ListVillageAsOfAsync"/> as of several days at once, by day (every asked day present): each day's lists are
    /// exactly what <see cref="ListVillageAsOfAsync"/> gives for it. A rebuild that derives the earlier months prev() needs
    /// reads a village as of each month's end; this reads its current documents and the events taking effect after the
    /// earliest day once for all of them. A document that stands unchanged on several days is one instance shared by them.
    /// </summary>
    Task<IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>>>> ListVillageAsOfDaysAsync(string villageCode,
        IReadOnlyCollection<string> entityTypes, IReadOnlyCollection<DateOnly> days, bool includeRetired = false, CancellationToken ct = default,
        IReadOnlySet<string>? fields = null);

    /// <summary>Periodic values of a village for one period, optionally of one entity type.</summary>
    Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, string period, string? entityType = null, CancellationToken ct = default);

    /// <summary>
    /// Periodic values of some of a village's entities (all of them when <paramref name="entityIds"/> is null) for several
    /// periods at once, in one query; cleared values (tombstones) come back with a null value and their version.
    /// </summary>
    Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(string villageCode, IReadOnlyCollection<string> periods, IReadOnlyCollection<Guid>? entityIds,
        CancellationToken ct = default);

    /// <summary>
    /// <see cref="GetPeriodicValuesAsync(string, IReadOnlyCollection{string}, IReadOnlyCollection{Guid}?, CancellationToken)"/>
    /// for several villages at once, each its entities under its own periods, in no particular order: what a live pass's
    /// kept villages re-read of the entities it changed. An engine may read them all in one go.
    /// </summary>
    async Task<IReadOnlyList<PeriodicValue>> GetPeriodicValuesAsync(IReadOnlyCollection<PeriodicValuesRead> reads, CancellationToken ct = default)
    {
        var values = new List<PeriodicValue>();
        foreach (var read in reads) values.AddRange(await GetPeriodicValuesAsync(read.VillageCode, read.Periods, read.EntityIds, ct));
        return values;
    }

    /// <summary>An entity's events, oldest first (its history, 全程可追溯).</summary>
    Task<IReadOnlyList<EntityEvent>> GetHistoryAsync(Guid entityId, CancellationToken ct = default);

    /// <summary>
    /// A village's events recorded after <paramref name="recordedAfter"/> (null: all), oldest first; when there are more
    /// than <paramref name="max"/>, the newest <paramref name="max"/>. What changed in a village since its last approved month (本月变动).
    /// </summary>
    Task<IReadOnlyList<EntityEvent>> ListVillageEventsAsync(string villageCode, DateTimeOffset? recordedAfter, int max, CancellationToken ct = default);

    /// <summary>
    /// Every Created and Changed event of a village's records of <paramref name="entityTypes"/>, oldest first, with no cap:
    /// the attribute history record rules read (<c>changedOn</c>, <c>previous</c>), without the periodic values and the
    /// other types' events that make up most of a village's log.
    /// </summary>
    Task<IReadOnlyList<EntityEvent>> ListVillageAttributeEventsAsync(string villageCode, IReadOnlyCollection<string> entityTypes, CancellationToken ct = default);

    /// <summary>
    /// Recomputes a village's hash chain and reports every altered or missing event, then replays its log and reports
    /// every current document and periodic value that differs from what the log says.
    /// </summary>
    Task<ChainVerification> VerifyAsync(string villageCode, CancellationToken ct = default);

    /// <summary>
    /// Changes committed after <paramref name="afterCursor"/> (<see cref="FeedCursor.Start"/> for all), in feed order.
    /// A change still being saved, and any committed after it began, wait until it ends, so no change is ever skipped.
    /// </summary>
    Task<IReadOnlyList<ChangeFeedEntry>> ReadChangesAsync(FeedCursor afterCursor, int max = 1000, CancellationToken ct = default);

    /// <summary>The position of the last change <see cref="ReadChangesAsync"/> can return now (a reader set there skips all before).</summary>
    Task<FeedCursor> GetFeedEndAsync(CancellationToken ct = default);

    /// <summary>Adds or renames region units (区划); codes already stored keep their identity.</summary>
    Task SaveRegionsAsync(IEnumerable<OrgUnit> units, CancellationToken ct = default);

    Task<IReadOnlyList<OrgUnit>> GetRegionsAsync(CancellationToken ct = default);

    Task<StoreCounts> CountAsync(CancellationToken ct = default);

    /// <summary>Rows in all of FormHub's tables together: 0 for an empty store (a restore goes only into one).</summary>
    Task<long> CountRowsAsync(CancellationToken ct = default);

    /// <summary>
    /// ID numbers (fields of type id-number) held by more than one record not retired, where at least one of them lives
    /// under <paramref name="under"/>; each with every record holding it, wherever it lives. Saves refuse new duplicates,
    /// so these were stored before that; a reviewer resolves one by retiring a record (reason duplicate).
    /// </summary>
    Task<IReadOnlyList<DuplicateIdentity>> FindDuplicateIdentitiesAsync(RegionCode under, CancellationToken ct = default);

    /// <summary>
    /// Field values typed into forms (source <see cref="ChangeSource.Form"/>) per village under <paramref name="under"/>,
    /// recorded in [<paramref name="from"/>, <paramref name="to"/>): each changed field counts once, a retirement once.
    /// The "actually typed" side of the burden figure (减负账), read from the event log rather than estimated.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> CountTypedValuesAsync(RegionCode under, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);
}
