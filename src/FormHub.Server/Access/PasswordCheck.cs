using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>
/// Checks passwords a few at a time. PBKDF2 is deliberately slow; 200 cadres signing in at once would otherwise take
/// every core and starve the database pool until connections time out (seen in the 200-cadre bench on PostgreSQL).
/// </summary>
public sealed class PasswordCheck
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    // A real hash of a random password: checking against it costs what checking a real account costs.
    private static readonly string DummyHash = PasswordHashing.Hash(Guid.NewGuid().ToString());

    private long _hashesComputed;

    /// <summary>How many password hashes this server has computed: one per sign-in attempt, whether or not the name exists.</summary>
    public long HashesComputed => Interlocked.Read(ref _hashesComputed);

    /// <summary>
    /// Checks <paramref name="password"/> against the account, or — when there is no such account — against a dummy hash
    /// at the same cost, so the response time does not tell which user names exist. Disabled accounts never pass.
    /// </summary>
    public async Task<bool> VerifyOrSpendAsync(UserAccount? account, string? password, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            var matches = PasswordHashing.Verify(account?.PasswordHash ?? DummyHash, password ?? "");
            Interlocked.Increment(ref _hashesComputed);
            return account is { Disabled: false } && !string.IsNullOrEmpty(password) && matches;
        }
        finally
        {
            _slots.Release();
        }
    }

    public async Task<bool> VerifyAsync(UserAccount account, string password, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            Interlocked.Increment(ref _hashesComputed);
            return PasswordHashing.Verify(account, password);
        }
        finally
        {
            _slots.Release();
        }
    }
}
