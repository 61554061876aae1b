using System.Threading.RateLimiting;
using FormHub.Server.Hosting;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Access;

/// <summary>
/// Failed sign-ins per account: after <see cref="FormHubServerOptions.SignInFailuresPerAccount"/> failures within
/// <see cref="Window"/>, the account cannot sign in from any address until the window ends. Guessing one cadre's password
/// stays slow however many addresses it comes from, so the per-address limit can stay high enough for a township whose
/// cadres share one NAT address.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<FormHubServerOptions> options)
    {
        var limit = options.Value.SignInFailuresPerAccount;
        _failures = PartitionedRateLimiter.Create<string, string>(userName => RateLimitPartition.GetFixedWindowLimiter(userName,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = Window, QueueLimit = 0 }));
    }

    /// <summary>True while the account has used up its failures: refuse even the right password, or guessing could go on.</summary>
    public bool IsPaused(string userName) => _failures.GetStatistics(Key(userName)) is { CurrentAvailablePermits: <= 0 };

    public void RecordFailure(string userName)
    {
        using var _ = _failures.AttemptAcquire(Key(userName));
    }

    // Account names are matched as the store matches them; trimming and case must not give a guesser fresh attempts.
    private static string Key(string userName) => userName.Trim().ToLowerInvariant();

    public void Dispose() => _failures.Dispose();
}
