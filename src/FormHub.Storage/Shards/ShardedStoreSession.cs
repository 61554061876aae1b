using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Shards;

/// <summary>
/// A session on the sharded store: collects operations like every session, and on save finds the one shard they belong
/// to — a created record by its village's county, any other by where the record is stored — brings that shard's catalog
/// copy up to date, and hands the operations to a session of that shard, which validates and writes them in its one
/// transaction (hash chain, feed and all). Operations on two shards are refused whole (<see cref="CrossShardSaveException"/>).
/// </summary>
internal sealed class ShardedStoreSession(ShardedFormHubStore store, string user, ChangeSource source, bool bulk) : DeferredBulkSession(bulk)
{
    protected override async Task<SaveResult> SaveAsync(IReadOnlyList<AuditEntry> audit, CancellationToken ct)
    {
        var none = new SaveResult(0, new Dictionary<Guid, long>());
        if (Operations.Count == 0 && audit.Count == 0) return none;
        var shard = Operations.Count > 0 ? await PickShardAsync(ct) : store.AuditShardOf(audit[0].UnitCode);
        await store.CopyCatalogAsync(shard, ct);
        if (!Bulk)
        {
            var session = shard.OpenSession(user, source);
            ((StoreSession)session).Adopt(Operations);
            var result = await session.SaveChangesAsync(ct);
            Operations.Clear();
            return result;
        }
        await using var bulkSession = shard.OpenBulkSession(user, source);
        ((StoreSession)bulkSession).Adopt(Operations);
        foreach (var line in audit) bulkSession.Audit(line);
        await bulkSession.CommitAsync(ct);
        Operations.Clear();
        return none;
    }

    /// <summary>The one shard every operation belongs to; the home shard when none is stored anywhere (its save then says which is missing).</summary>
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
        var named = Operations.Where(o => o is not CreateOperation && !created.Contains(o.EntityId)).Select(o => o.EntityId).ToHashSet();
        foreach (var shard in (await store.LocateAsync(named, ct)).Values) shards.Add(shard);
        if (shards.Count > 1) throw new CrossShardSaveException(shards.Select(store.NameOf).Order(StringComparer.Ordinal).ToList());
        return shards.Count == 1 ? shards.First() : store.Shards[store.Layout.Home.Name];
    }
}
