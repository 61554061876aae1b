using FormHub.Storage.Accounts;

namespace FormHub.Storage;

/// <summary>The machine API's clients (departments' systems) and their hashed tokens.</summary>
public interface IApiClientStore
{
    /// <summary>
    /// Adds or replaces a client (revocation is a save with <see cref="ApiClient.RevokedAt"/> set), and appends
    /// <paramref name="audit"/> (an admin's create or revoke) in the same transaction.
    /// </summary>
    Task SaveApiClientAsync(ApiClient client, Model.AuditEntry? audit = null, CancellationToken ct = default);

    Task<ApiClient?> FindApiClientAsync(Guid id, CancellationToken ct = default);

    /// <summary>The client whose token hashes to <paramref name="tokenHash"/>, revoked or not.</summary>
    Task<ApiClient?> FindApiClientByTokenHashAsync(string tokenHash, CancellationToken ct = default);

    Task<IReadOnlyList<ApiClient>> ListApiClientsAsync(CancellationToken ct = default);

    /// <summary>Records a use of the client's token (its last-used time).</summary>
    Task TouchApiClientAsync(Guid id, DateTimeOffset at, CancellationToken ct = default);
}
