using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Shards;

/// <summary>
/// A session on the sharded store: collects operations like every session, and on save finds the one shard they belong
/// to — a created record by its village's county, any other by where the record is stored — brings that shard's catalog
/// copy up to date, and hands the operations to a session of that shard, which validates and writes them in its one
/// transaction (hash chain, feed and all). Operations on two shards are refused whole (<see cref="CrossShardSaveException"/>).
/// As a bulk session it opens the chosen shard's bulk session at the first flush and hands each later batch to it, so a
/// load holds one batch in memory here too; a batch that belongs to another shard is refused.
/// </summary>
internal sealed class ShardedStoreSession(ShardedFormHubStore store, string user, ChangeSource source, bool bulk) : StoreSession, IBulkStoreSession
{
    private static readonly SaveResult None = new(0, new Dictionary<Guid, long>());
    private IFormHubStore? _shard;
    private IBulkStoreSession? _inner;
    /// <summary>A bulk session's lock on the province's ID numbers, kept from its first batch carrying one to its end.</summary>
    private IAsyncDisposable? _identityHold;
    /// <summary>A bulk session's records created by its batches so far, which only its transaction sees (for the ID-number check).</summary>
    private readonly LoadedRecords? _loaded = bulk ? new() : null;

    public override async Task<SaveResult> SaveChangesAsync(CancellationToken ct = default)
    {
        if (bulk) return await FlushBatchAsync(ct);
        if (Operations.Count == 0) return None;
        var shard = await PickShardAsync(ct);
        await store.CopyCatalogAsync(shard, ct);
        // Held until the shard's save has committed: another shard's save of the same number then finds this one.
        await using var identities = await store.Identities.CheckAsync(shard, Operations, bulk: false, held: null, loaded: null, ct);
        var session = shard.OpenSession(user, source);
        ((StoreSession)session).Adopt(Operations);
        session.GuardFilings(Filings);
        var result = await session.SaveChangesAsync(ct);
        Operations.Clear();
        return result;
    }

    public void Audit(AuditEntry entry) => KeepAuditLine(entry, bulk);

    public async Task FlushAsync(CancellationToken ct = default) => await FlushBatchAsync(ct);

    private async Task<SaveResult> FlushBatchAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(Spent, this);
        if (Operations.Count == 0) return None;
        try
        {
            var shard = await PickShardAsync(ct);
            if (_inner is null)
            {
                await store.CopyCatalogAsync(shard, ct);
                _shard = shard;
                _inner = shard.OpenBulkSession(user, source);
            }
            else if (!ReferenceEquals(shard, _shard))
                throw new CrossShardSaveException(new[] { store.NameOf(_shard!), store.NameOf(shard) }.Order(StringComparer.Ordinal).ToList());
            _identityHold = await store.Identities.CheckAsync(shard, Operations, bulk: true, _identityHold, _loaded, ct);
            var inner = (StoreSession)_inner;
            inner.Adopt(Operations);
            inner.GuardFilings(Filings);
            // The operations carry their index in this session: later ones count on from here.
            Flushed += Operations.Count;
            Operations.Clear();
            return await inner.SaveChangesAsync(ct);
        }
        catch
        {
            // As on every engine: a refused batch spends the session, and disposing it rolls every batch back.
            Spent = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await FlushBatchAsync(ct);
        Spent = true;
        if (_inner is null)
        {
            if (AuditLines.Count == 0) return;
            _inner = store.AuditShardOf(AuditLines[0].UnitCode).OpenBulkSession(user, source);
        }
        foreach (var line in AuditLines) _inner.Audit(line);
        await _inner.CommitAsync(ct);
        await ReleaseIdentitiesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Spent = true;
        if (_inner is not null) await _inner.DisposeAsync();
        _inner = null;
        await ReleaseIdentitiesAsync();
    }

    private async Task ReleaseIdentitiesAsync()
    {
        if (_identityHold is not null) await _identityHold.DisposeAsync();
        _identityHold = null;
    }

    /// <summary>
    /// The one shard every pending operation belongs to. None stored anywhere (records created in an earlier batch of this
    /// load, not yet committed): the load's shard, or the home shard (its save then says which record is missing).
    /// An operation kept to a village (<see cref="IStoreSession.KeepToVillage"/>) belongs to that village's shard, without
    /// looking for its record: another village's record on another shard is then simply missing there, as it must answer,
    /// where locating it would refuse the save as spanning two shards and so tell that it exists.
    /// </summary>
    private async Task<IFormHubStore> PickShardAsync(CancellationToken ct)
    {
        var shards = new HashSet<IFormHubStore>(ReferenceEqualityComparer.Instance);
        var created = new HashSet<Guid>();
        foreach (var create in Operations.OfType<CreateOperation>())
        {
            created.Add(create.EntityId);
            // A code that is no region code belongs nowhere: the chosen shard's save reports it with the others.
            if (store.ShardOfUnit(create.VillageCode) is { } shard) shards.Add(shard);
        }
        var kept = Operations.Where(o => o is not CreateOperation && o.OwnVillage is not null && store.ShardOfUnit(o.OwnVillage) is not null).ToList();
        foreach (var operation in kept) shards.Add(store.ShardOfUnit(operation.OwnVillage!)!);
        var named = Operations.Except(kept).Where(o => o is not CreateOperation && !created.Contains(o.EntityId)).Select(o => o.EntityId).ToHashSet();
        foreach (var shard in (await store.LocateAsync(named, ct)).Values) shards.Add(shard);
        if (shards.Count > 1) throw new CrossShardSaveException(shards.Select(store.NameOf).Order(StringComparer.Ordinal).ToList());
        return shards.Count == 1 ? shards.First() : _shard ?? store.Shards[store.Layout.Home.Name];
    }
}
