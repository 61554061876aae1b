using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>
/// A unit of work opened for one user: collects creates, changes, retirements and periodic values, then
/// <see cref="SaveChangesAsync"/> validates them all against the catalog and writes them in one transaction
/// (a whole form submission lands or nothing does).
/// </summary>
public interface IStoreSession
{
    /// <summary>Registers a new entity valid from <paramref name="validFrom"/> (birth, move-in, founding); returns its id.</summary>
    Guid Create(string entityType, string villageCode, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom);

    /// <summary>Changes fields of an entity last read at <paramref name="expectedVersion"/>; null clears a field.</summary>
    void Change(Guid entityId, long expectedVersion, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom);

    /// <summary>Takes an entity off the rolls from <paramref name="date"/> (death, moving out); it is never deleted.</summary>
    void Retire(Guid entityId, long expectedVersion, DateOnly date, RetirementReason reason, string? note = null);

    /// <summary>
    /// Sets a periodic field's value for one period (e.g. "2026-11"); null clears it. <paramref name="expectedVersion"/> is
    /// the version read (0: read as never entered); when it is no longer the stored one the save throws
    /// <see cref="Errors.PeriodicConflictException"/> and writes nothing. Null skips the check (seeding, bulk loads).
    /// </summary>
    void SetPeriodic(Guid entityId, string field, string period, object? value, long? expectedVersion = null);

    /// <summary>
    /// Annotates the operations registered after this call (until the next call; null ends it): their events record the
    /// user as <c>user（note）</c>, e.g. an import's file name, SHA-256 and row, so the audit trail says where a value came from.
    /// </summary>
    void Note(string? note);

    /// <summary>
    /// Keeps the changes, retirements and periodic values registered after this call (null ends it) to the records of
    /// <paramref name="villageCode"/>: a record of another village is refused with <see cref="Errors.EntityNotFoundException"/>,
    /// exactly like a missing one, before its version is compared or its ID numbers are checked for duplicates; on the
    /// sharded store the save goes to the village's shard without looking the records up, so a record of another shard is
    /// missing there too rather than refused as a save spanning two shards. A cadre's form save asks this instead of reading the
    /// records once more to check their village: the save reads them in its transaction anyway.
    /// </summary>
    void KeepToVillage(string? villageCode);

    /// <summary>
    /// Has the save read the village's closed months named by <paramref name="guard"/> in its transaction, before any
    /// record is found missing or its version compared, and throw what the guard's refusal returns (null: no guard).
    /// </summary>
    void GuardFilings(FilingGuard? guard);

    /// <summary>Number of operations collected and not yet saved.</summary>
    int PendingCount { get; }

    /// <summary>
    /// Validates and writes every pending operation in one transaction, then clears the session.
    /// Throws <see cref="Errors.StoreValidationException"/>, <see cref="Errors.ConcurrencyConflictException"/> or
    /// <see cref="Errors.EntityNotFoundException"/> with nothing written.
    /// </summary>
    Task<SaveResult> SaveChangesAsync(CancellationToken ct = default);
}
