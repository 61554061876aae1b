using FormHub.Storage.Accounts;

namespace FormHub.Storage;

/// <summary>Local user accounts, kept with the data they give access to.</summary>
public interface IAccountStore
{
    /// <summary>Adds an account, or replaces the one with the same user name.</summary>
    Task SaveAccountAsync(UserAccount account, CancellationToken ct = default);

    Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct = default);

    Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct = default);
}
