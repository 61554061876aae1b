namespace FormHub.Storage.Accounts;

/// <summary>
/// A department's system allowed to call FormHub's machine API with a bearer token. Only the token's SHA-256 is kept
/// (the token is 256 random bits, so a fast hash suffices where a password needs PBKDF2); the token itself is shown once.
/// </summary>
public sealed record ApiClient
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The department whose periodic fields the client writes and whose report rows it reads, e.g. 民政.</summary>
    public required string Department { get; init; }
    /// <summary>The unit whose records and aggregates the client reaches (a county).</summary>
    public required string Area { get; init; }
    /// <summary>What the client may do: <see cref="ApiScopes"/>.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }
    /// <summary>Hex SHA-256 of the bearer token.</summary>
    public required string TokenHash { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
    /// <summary>Requests a minute before the client is answered 429.</summary>
    public int RequestsPerMinute { get; init; } = 60;

    /// <summary>True when the token may be used at <paramref name="now"/>: not revoked, not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
