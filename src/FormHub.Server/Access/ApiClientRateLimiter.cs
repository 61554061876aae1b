using System.Collections.Concurrent;

namespace FormHub.Server.Access;

/// <summary>
/// Per-client fixed one-minute windows of the machine API (one per process, a singleton): each client's own limit, so one
/// department's runaway job never slows another's.
/// </summary>
public sealed class ApiClientRateLimiter
{
    private readonly ConcurrentDictionary<Guid, (long Minute, int Count)> _windows = new();

    /// <summary>Counts a request at <paramref name="now"/>; false when it is over <paramref name="perMinute"/>.</summary>
    public bool TryAcquire(Guid client, int perMinute, DateTimeOffset now)
    {
        var minute = now.ToUnixTimeSeconds() / 60;
        var window = _windows.AddOrUpdate(client, _ => (minute, 1), (_, w) => w.Minute == minute ? (minute, w.Count + 1) : (minute, 1));
        return window.Count <= perMinute;
    }
}
