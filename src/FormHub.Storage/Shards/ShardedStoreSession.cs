using FormHub.Storage.Model;
using FormHub.Storage.Sql;

namespace FormHub.Storage.Shards;

/// <summary>
/// A session on the sharded store: collects operations like every session, and on save finds the one shard they belong
/// to — a created record by its village's county, any other by where the record is stored — brings that shard's catalog
/// copy up to date, and hands the operations to a session of that shard, which validates and writes them in its one
/// transaction (hash chain, feed and all). Operations on two shards are refused whole (<see cref="CrossShardSaveException"/>).
/// </summary>
internal sealed class ShardedStoreSession(ShardedFormHubStore store, string user, ChangeSource source, bool bulk) : StoreSession, IBulkStoreSession
{
    private readonly List<AuditEntry> _audit = [];
    private bool _spent;

    /// <summary>A bulk session keeps everything until <see cref="CommitAsync"/>, as Marten's does.</summary>
    public override Task<SaveResult> SaveChangesAsync(CancellationToken ct = default) =>
        bulk ? Task.FromResult(new SaveResult(0, new Dictionary<Guid, long>())) : SaveAsync(ct);

    public void Audit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!bulk) throw new InvalidOperationException("Audit lines ride only on a bulk session's commit");
        _audit.Add(entry);
    }

    public Task FlushAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_spent, this);
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_spent, this);
        _spent = true;
        if (Operations.Count == 0 && _audit.Count == 0) return;
        var shard = Operations.Count > 0 ? await PickShardAsync(ct) : store.AuditShardOf(_audit[0].UnitCode);
        await store.CopyCatalogAsync(shard, ct);
        await using var session = shard.OpenBulkSession(user, source);
        ((StoreSession)session).Adopt(Operations);
        foreach (var line in _audit) session.Audit(line);
        await session.CommitAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        _spent = true;
        return ValueTask.CompletedTask;
    }

    private async Task<SaveResult> SaveAsync(CancellationToken ct)
    {
        if (Operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        var shard = await PickShardAsync(ct);
        await store.CopyCatalogAsync(shard, ct);
        var session = shard.OpenSession(user, source);
        ((StoreSession)session).Adopt(Operations);
        var result = await session.SaveChangesAsync(ct);
        Operations.Clear();
        return result;
    }

    /// <summary>The one shard every operation belongs to; the home shard when none is stored anywhere (its save then says which is missing).</summary>
    private async Task<IFormHubStore> PickShardAsync(CancellationToken ct)
    {
        var shards = new HashSet<IFormHubStore>(ReferenceEqualityComparer.Instance);
        var created = new HashSet<Guid>();
        foreach (var create in Operations.OfType<CreateOperation>())
        {
            created.Add(create.EntityId);
            shards.Add(store.ShardOfUnit(create.VillageCode));
        }
        var named = Operations.Where(o => o is not CreateOperation && !created.Contains(o.EntityId)).Select(o => o.EntityId).ToHashSet();
        foreach (var shard in (await store.LocateAsync(named, ct)).Values) shards.Add(shard);
        if (shards.Count > 1) throw new CrossShardSaveException(shards.Select(store.NameOf).Order(StringComparer.Ordinal).ToList());
        return shards.Count == 1 ? shards.First() : store.Shards[store.Layout.Home.Name];
    }
}
