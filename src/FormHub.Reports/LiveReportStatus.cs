using FormHub.Storage;

namespace FormHub.Reports;

/// <summary>When the live report materializer last had nothing left to do, and whether saved changes wait too long for it.</summary>
public sealed class LiveReportStatus(TimeProvider clock)
{
    private long _caughtUpTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset CaughtUpAt => new(Interlocked.Read(ref _caughtUpTicks), TimeSpan.Zero);

    public void CaughtUp() => Interlocked.Exchange(ref _caughtUpTicks, clock.GetUtcNow().UtcTicks);

    /// <summary>
    /// How far the live reports are behind the saved data when that is more than <paramref name="tolerance"/>, else null:
    /// not caught up lately is only a lag when changes are still waiting (an idle materializer between polls is not).
    /// </summary>
    public async Task<TimeSpan?> LagBeyondAsync(IFormHubStore store, TimeSpan tolerance, CancellationToken ct)
    {
        var behind = clock.GetUtcNow() - CaughtUpAt;
        if (behind <= tolerance) return null;
        // A sharded store has one feed (and one materializer) per shard: behind when any of them is.
        foreach (var feed in FormHub.Storage.Shards.ShardedFormHubStore.FeedsOf(store))
        {
            if (await feed.GetCursorAsync(LiveReportMaterializer.CursorName, ct) < await feed.GetFeedEndAsync(ct)) return behind;
        }
        return null;
    }
}
