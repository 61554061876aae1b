using System.Data;
using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// Collects a session's operations in order; each engine's session saves them through its own <see cref="SaveWork"/>.
/// </summary>
internal abstract class StoreSession : IStoreSession
{
    private string? _note;
    private string? _village;

    protected List<PendingOperation> Operations { get; } = [];

    public void Note(string? note) => _note = string.IsNullOrWhiteSpace(note) ? null : note;

    public void KeepToVillage(string? villageCode) => _village = villageCode;

    public void GuardFilings(FilingGuard? guard) => Filings = guard;

    /// <summary>The save's filing guard (<see cref="IStoreSession.GuardFilings"/>), handed to its <see cref="SaveWork"/>.</summary>
    protected internal FilingGuard? Filings { get; private set; }

    public int PendingCount => Operations.Count;

    /// <summary>Operations written by earlier flushes of a bulk session: indexes go on counting from there.</summary>
    protected int Flushed { get; set; }

    private int NextIndex => Flushed + Operations.Count;

    /// <summary>A bulk session that refused a batch or committed: nothing more is written through it.</summary>
    protected bool Spent { get; set; }

    private readonly List<AuditEntry> _auditLines = [];

    /// <summary>A bulk session's audit lines (<see cref="IBulkStoreSession.Audit"/>), written in its commit's transaction.</summary>
    protected IReadOnlyList<AuditEntry> AuditLines => _auditLines;

    /// <summary>Keeps <paramref name="entry"/> for the commit of a bulk session; a plain session has no commit to carry it.</summary>
    protected void KeepAuditLine(AuditEntry entry, bool bulk)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!bulk) throw new InvalidOperationException("Audit lines ride only on a bulk session's commit");
        _auditLines.Add(entry);
    }

    /// <summary>
    /// Writes the pending batch of a bulk session inside its open transaction under a savepoint, so that a refusal leaves
    /// the transaction as it was (PostgreSQL would otherwise refuse every later statement); the session is then spent and
    /// rolls back on dispose. After a written batch, operation indexes go on counting from it.
    /// </summary>
    protected async Task<SaveResult> WriteBatchUnderSavepointAsync(DbTransaction tx, Func<Task<SaveResult>> write, CancellationToken ct)
    {
        const string savepoint = "formhub_flush";
        await tx.SaveAsync(savepoint, ct);
        try
        {
            var result = await write();
            await tx.ReleaseAsync(savepoint, ct);
            Flushed += Operations.Count;
            Operations.Clear();
            return result;
        }
        catch
        {
            Spent = true;
            // A conflict on Marten has already rolled the whole transaction back (it re-reads the store as committed).
            if (tx.Connection is { State: ConnectionState.Open }) await tx.RollbackAsync(savepoint, CancellationToken.None);
            throw;
        }
    }

    public Guid Create(string entityType, string villageCode, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom)
    {
        var id = Guid.CreateVersion7();
        Operations.Add(new CreateOperation(NextIndex, id, entityType, villageCode, fields, validFrom) { Note = _note });
        return id;
    }

    public void Change(Guid entityId, long expectedVersion, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom) =>
        Operations.Add(new ChangeOperation(NextIndex, entityId, expectedVersion, fields, validFrom) { Note = _note, OwnVillage = _village });

    public void Retire(Guid entityId, long expectedVersion, DateOnly date, RetirementReason reason, string? note = null) =>
        Operations.Add(new RetireOperation(NextIndex, entityId, expectedVersion, new Retirement(date, reason, note)) { Note = _note, OwnVillage = _village });

    public void SetPeriodic(Guid entityId, string field, string period, object? value, long? expectedVersion = null) =>
        Operations.Add(new PeriodicOperation(NextIndex, entityId, field, period, value, expectedVersion) { Note = _note, OwnVillage = _village });

    /// <summary>Clears a value under exactly <paramref name="period"/>, even one that is not the field's own period (the start-up migration).</summary>
    internal void ClearStoredPeriodic(Guid entityId, string field, string period) =>
        Operations.Add(new PeriodicOperation(NextIndex, entityId, field, period, null, null) { Note = _note, AsStored = true });

    /// <summary>Takes over operations another session collected (the sharded store hands them to the shard's session).</summary>
    internal void Adopt(IEnumerable<PendingOperation> operations) => Operations.AddRange(operations);

    public abstract Task<SaveResult> SaveChangesAsync(CancellationToken ct = default);
}
