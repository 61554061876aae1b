using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// One thing recorded in a village: an addition, a change of fields (old → new), a retirement or a periodic value, with
/// the record it concerns (its name as it reads now), who recorded it and when.
/// </summary>
public sealed record ChangeLogEntry(
    DateTimeOffset At,
    string User,
    Guid EntityId,
    string EntityType,
    string? EntityName,
    EventKind Kind,
    DateOnly ValidFrom,
    string? Period,
    IReadOnlyList<FieldChange> Changes,
    Retirement? Retirement);
