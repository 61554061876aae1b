using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Shards;

/// <summary>
/// A session that, as a bulk session, keeps every operation and audit line until <see cref="CommitAsync"/> and writes them
/// in one save: the sharded store only learns a session's shard at the save. Not bulk: every <see cref="SaveChangesAsync"/> saves.
/// </summary>
internal abstract class DeferredBulkSession(bool bulk) : StoreSession, IBulkStoreSession
{
    private readonly List<AuditEntry> _audit = [];

    /// <summary>Whether this is a bulk session (operations kept until <see cref="CommitAsync"/>).</summary>
    protected bool Bulk => bulk;
    private bool _spent;

    public override Task<SaveResult> SaveChangesAsync(CancellationToken ct = default) =>
        bulk ? Task.FromResult(new SaveResult(0, new Dictionary<Guid, long>())) : SaveAsync([], ct);

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
        await SaveAsync(_audit, ct);
    }

    public ValueTask DisposeAsync()
    {
        _spent = true;
        return ValueTask.CompletedTask;
    }

    /// <summary>Validates and writes the pending operations and <paramref name="audit"/> in one transaction, then clears them.</summary>
    protected abstract Task<SaveResult> SaveAsync(IReadOnlyList<AuditEntry> audit, CancellationToken ct);
}
