namespace FormHub.Storage.Model;

/// <summary>A flow value for one period, e.g. 本月发放金额 of a household in 2026-11.</summary>
public sealed record PeriodicValue(Guid EntityId, string EntityType, string Field, string Period, object? Value);
