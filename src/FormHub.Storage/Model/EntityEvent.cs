namespace FormHub.Storage.Model;

/// <summary>
/// One append-only entry of a village's event log. <see cref="Hash"/> covers every other member and
/// <see cref="PreviousHash"/>, chaining the village's events so that an altered or removed entry is detectable.
/// </summary>
public sealed record EntityEvent(
    long Sequence,
    string VillageCode,
    long VillageSequence,
    Guid EntityId,
    string EntityType,
    EventKind Kind,
    IReadOnlyList<FieldChange> Changes,
    DateOnly ValidFrom,
    string? Period,
    Retirement? Retirement,
    DateTimeOffset RecordedAt,
    string User,
    ChangeSource Source,
    string PreviousHash,
    string Hash);
