namespace FormHub.Storage.Marten;

/// <summary>
/// One event of a village's stream (the stream's key is the village code, its version the village sequence). It carries
/// the hash of its content and the previous event's hash, computed by <see cref="Shared.EventHasher"/> over exactly these
/// values, so <c>audit verify</c> recomputes the same chain as on the other engines. <see cref="Payload"/> is kept as the
/// text that was hashed.
/// </summary>
public sealed record VillageEventRecorded(
    Guid EntityId,
    string EntityType,
    int Kind,
    DateOnly ValidFrom,
    string? Period,
    DateTimeOffset RecordedAt,
    string User,
    int Source,
    string Payload,
    string PreviousHash,
    string Hash,
    string? KeyId);
