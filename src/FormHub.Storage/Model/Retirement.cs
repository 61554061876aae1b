namespace FormHub.Storage.Model;

/// <summary>The date from which an entity no longer counts, and why.</summary>
public sealed record Retirement(DateOnly Date, RetirementReason Reason, string? Note);
