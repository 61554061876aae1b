using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>Local user accounts, kept with the data they give access to.</summary>
public interface IAccountStore
{
    /// <summary>Adds an account, or replaces the one with the same user name.</summary>
    Task SaveAccountAsync(UserAccount account, CancellationToken ct = default);

    /// <summary>
    /// Creates every account and writes the audit entries in one transaction: all or nothing. Answers null when done,
    /// or the first user name that already exists (then nothing was written).
    /// </summary>
    Task<string?> CreateAccountsAsync(IReadOnlyList<UserAccount> accounts, IReadOnlyList<Model.AuditEntry> audit, CancellationToken ct = default);

    Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct = default);

    Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct = default);

    /// <summary>
    /// Audit lines whose action starts with one of <paramref name="actionPrefixes"/>, newest first, optionally only those
    /// by <paramref name="actor"/> or about <paramref name="subject"/> (the detail starts with <c>subject:</c>).
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditByActionAsync(IReadOnlyList<string> actionPrefixes, string? actor, string? subject, int take,
        CancellationToken ct = default);

    /// <summary>
    /// The sign-in cookie keys (ASP.NET Core data protection's key ring, as XML), kept in the store instead of the data
    /// folder so that a copy of the volume alone cannot forge a session, and every server of a deployment shares them.
    /// </summary>
    Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken ct = default);

    /// <summary>Adds one key of the ring under its <paramref name="name"/>; a name already stored is left as it is.</summary>
    Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct = default);
}
