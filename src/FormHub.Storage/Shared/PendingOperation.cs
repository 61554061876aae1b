using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>An operation collected by a session, applied in order when it saves.</summary>
internal abstract record PendingOperation(int Index, Guid EntityId)
{
    /// <summary>Where this operation came from, recorded beside the user in its event (an import's file and row).</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The only village whose records this operation may touch (<see cref="IStoreSession.KeepToVillage"/>): a record of
    /// another one is refused as not found, checked on the record the save reads anyway. Null: any village.
    /// </summary>
    public string? OwnVillage { get; init; }
}

internal sealed record CreateOperation(int Index, Guid EntityId, string EntityType, string VillageCode,
    IReadOnlyDictionary<string, object?> Fields, DateOnly ValidFrom) : PendingOperation(Index, EntityId);

internal sealed record ChangeOperation(int Index, Guid EntityId, long ExpectedVersion,
    IReadOnlyDictionary<string, object?> Fields, DateOnly ValidFrom) : PendingOperation(Index, EntityId);

internal sealed record RetireOperation(int Index, Guid EntityId, long ExpectedVersion, Retirement Retirement)
    : PendingOperation(Index, EntityId);

internal sealed record PeriodicOperation(int Index, Guid EntityId, string Field, string Period, object? Value, long? ExpectedVersion)
    : PendingOperation(Index, EntityId)
{
    /// <summary>
    /// Take <see cref="Period"/> as the stored key even when it is not the field's own period: only the start-up
    /// migration does this, to clear values kept under a key of the old inferred schedule.
    /// </summary>
    public bool AsStored { get; init; }
}
