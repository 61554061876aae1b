namespace FormHub.Storage.Audit;

/// <summary>One HMAC key of the event chain and the id recorded with every event it signed.</summary>
public sealed record AuditKey(string Id, byte[] Secret);
