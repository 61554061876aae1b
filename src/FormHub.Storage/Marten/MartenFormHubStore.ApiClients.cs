using FormHub.Storage.Accounts;
using FormHub.Storage.Marten.Documents;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>The machine API's clients; a token hash belongs to one client only (a unique index).</summary>
public sealed partial class MartenFormHubStore : IApiClientStore
{
    public Task SaveApiClientAsync(ApiClient client, Model.AuditEntry? audit = null, CancellationToken ct = default) => WriteAsync(async session =>
    {
        if (audit is not null) await AddAuditAsync(session, [audit], ct);
        // Saved again (revoked, renewed): who made it and when stay as first stored.
        var stored = await session.LoadAsync<ApiClientDocument>(client.Id, ct);
        session.Store(new ApiClientDocument(client.Id, client.Name, client.Department, client.Area, client.Scopes.ToList(), client.TokenHash,
            stored?.CreatedBy ?? client.CreatedBy, stored?.CreatedAt ?? client.CreatedAt.ToUniversalTime(), client.ExpiresAt.ToUniversalTime(),
            client.RevokedAt?.ToUniversalTime(), client.LastUsedAt?.ToUniversalTime(), client.RequestsPerMinute));
    }, ct);

    public async Task<ApiClient?> FindApiClientAsync(Guid id, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<ApiClientDocument>(id, ct) is { } client ? ToApiClient(client) : null;
    }

    public async Task<ApiClient?> FindApiClientByTokenHashAsync(string tokenHash, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.Query<ApiClientDocument>().Where(c => c.TokenHash == tokenHash).FirstOrDefaultAsync(ct) is { } client
            ? ToApiClient(client)
            : null;
    }

    public async Task<IReadOnlyList<ApiClient>> ListApiClientsAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var clients = await session.Query<ApiClientDocument>().OrderBy(c => c.CreatedAt).ThenBy(c => c.Name).ToListAsync(ct);
        return clients.Select(ToApiClient).ToList();
    }

    public Task TouchApiClientAsync(Guid id, DateTimeOffset at, CancellationToken ct = default) => WriteAsync(async session =>
    {
        // Under the concurrency check: a revocation saved meanwhile is read again rather than written over.
        if (await session.LoadAsync<ApiClientDocument>(id, ct) is { } stored) session.Store(stored with { LastUsedAt = at.ToUniversalTime() });
    }, ct);

    private static ApiClient ToApiClient(ApiClientDocument c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Department = c.Department,
        Area = c.Area,
        Scopes = c.Scopes.ToList(),
        TokenHash = c.TokenHash,
        CreatedBy = c.CreatedBy,
        CreatedAt = c.CreatedAt,
        ExpiresAt = c.ExpiresAt,
        RevokedAt = c.RevokedAt,
        LastUsedAt = c.LastUsedAt,
        RequestsPerMinute = c.RequestsPerMinute,
    };
}
