using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

/// <summary>An operation collected by a session, applied in order when it saves.</summary>
internal abstract record PendingOperation(int Index, Guid EntityId)
{
    /// <summary>Where this operation came from, recorded beside the user in its event (an import's file and row).</summary>
    public string? Note { get; init; }
}

internal sealed record CreateOperation(int Index, Guid EntityId, string EntityType, string VillageCode,
    IReadOnlyDictionary<string, object?> Fields, DateOnly ValidFrom) : PendingOperation(Index, EntityId);

internal sealed record ChangeOperation(int Index, Guid EntityId, long ExpectedVersion,
    IReadOnlyDictionary<string, object?> Fields, DateOnly ValidFrom) : PendingOperation(Index, EntityId);

internal sealed record RetireOperation(int Index, Guid EntityId, long ExpectedVersion, Retirement Retirement)
    : PendingOperation(Index, EntityId);

internal sealed record PeriodicOperation(int Index, Guid EntityId, string Field, string Period, object? Value, long? ExpectedVersion)
    : PendingOperation(Index, EntityId);
