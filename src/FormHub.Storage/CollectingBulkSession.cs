using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>
/// The bulk session of an engine that has no batched transaction of its own: it keeps every operation and writes them
/// with one <see cref="IStoreSession.SaveChangesAsync"/> at <see cref="CommitAsync"/>. Correct (one transaction), but it
/// holds the whole load in memory, which is what the SQL engine's own bulk session avoids, and its audit lines are
/// appended after the commit, not in it.
/// </summary>
internal sealed class CollectingBulkSession(IFormHubStore store, IStoreSession inner) : IBulkStoreSession
{
    private readonly List<AuditEntry> _audit = [];
    private bool _spent;

    public void Audit(AuditEntry entry) => _audit.Add(entry);

    public Guid Create(string entityType, string villageCode, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom) =>
        inner.Create(entityType, villageCode, fields, validFrom);

    public void Change(Guid entityId, long expectedVersion, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom) =>
        inner.Change(entityId, expectedVersion, fields, validFrom);

    public void Retire(Guid entityId, long expectedVersion, DateOnly date, RetirementReason reason, string? note = null) =>
        inner.Retire(entityId, expectedVersion, date, reason, note);

    public void SetPeriodic(Guid entityId, string field, string period, object? value, long? expectedVersion = null) =>
        inner.SetPeriodic(entityId, field, period, value, expectedVersion);

    public void Note(string? note) => inner.Note(note);

    public int PendingCount => inner.PendingCount;

    public Task<SaveResult> SaveChangesAsync(CancellationToken ct = default) =>
        Task.FromResult(new SaveResult(0, new Dictionary<Guid, long>()));

    public Task FlushAsync(CancellationToken ct = default) => Task.CompletedTask;

    public async Task CommitAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_spent, this);
        _spent = true;
        await inner.SaveChangesAsync(ct);
        foreach (var entry in _audit) await store.AppendAuditAsync(entry, ct);
    }

    public ValueTask DisposeAsync()
    {
        _spent = true;
        return ValueTask.CompletedTask;
    }
}
