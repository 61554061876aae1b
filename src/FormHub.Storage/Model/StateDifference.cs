namespace FormHub.Storage.Model;

/// <summary>
/// A current document or periodic value that does not say what the village's event log says (written behind the
/// store's back): <see cref="Problem"/> names the entity, the field, the stored and the replayed value.
/// </summary>
public sealed record StateDifference(Guid EntityId, string? Field, string Problem);
