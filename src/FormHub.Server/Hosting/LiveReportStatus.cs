namespace FormHub.Server.Hosting;

/// <summary>When the live report materializer last had nothing left to do, for <c>/healthz</c>.</summary>
public sealed class LiveReportStatus(TimeProvider clock)
{
    private long _caughtUpTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset CaughtUpAt => new(Interlocked.Read(ref _caughtUpTicks), TimeSpan.Zero);

    public void CaughtUp() => Interlocked.Exchange(ref _caughtUpTicks, clock.GetUtcNow().UtcTicks);
}
