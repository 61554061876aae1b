using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>
/// Checks passwords a few at a time. PBKDF2 is deliberately slow; 200 cadres signing in at once would otherwise take
/// every core and starve the database pool until connections time out (seen in the 200-cadre bench on PostgreSQL).
/// </summary>
public sealed class PasswordCheck
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    public async Task<bool> VerifyAsync(UserAccount account, string password, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            return PasswordHashing.Verify(account, password);
        }
        finally
        {
            _slots.Release();
        }
    }
}
