namespace FormHub.Storage.Marten.Documents;

/// <summary>One audit line; its id is its sequence number, taken from a PostgreSQL sequence so it grows across servers.</summary>
public sealed record AuditDocument(long Id, DateTimeOffset At, string UserName, string Action, string? UnitCode, string? Period, string? Detail);
