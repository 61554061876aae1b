namespace FormHub.Storage.Marten.Documents;

/// <summary>A machine API client with its hashed token (unique across clients).</summary>
public sealed record ApiClientDocument(
    Guid Id, string Name, string Department, string Area, IReadOnlyList<string> Scopes, string TokenHash, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, int RequestsPerMinute);
