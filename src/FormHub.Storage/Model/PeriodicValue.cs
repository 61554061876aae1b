namespace FormHub.Storage.Model;

/// <summary>
/// A flow value for one period, e.g. 本月发放金额 of a household in 2026-11. <see cref="Version"/> counts its saves (a
/// clearing too); a writer names the version read so that of two people saving the same value one is told, not overwritten.
/// </summary>
public sealed record PeriodicValue(Guid EntityId, string EntityType, string Field, string Period, object? Value, long Version);
