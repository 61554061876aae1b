namespace FormHub.Server.Hosting;

/// <summary>Where the live reports stand, for <c>/healthz</c>: when the materializer last had nothing left to do, and its last failure.</summary>
public sealed class LiveReportStatus(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _caughtUpAt = clock.GetUtcNow();
    private string? _lastFailure;

    public DateTimeOffset CaughtUpAt { get { lock (_gate) return _caughtUpAt; } }

    /// <summary>The last failed pass's message, cleared when the materializer catches up again.</summary>
    public string? LastFailure { get { lock (_gate) return _lastFailure; } }

    public void CaughtUp()
    {
        lock (_gate) { _caughtUpAt = clock.GetUtcNow(); _lastFailure = null; }
    }

    public void Failed(Exception e)
    {
        lock (_gate) _lastFailure = e.Message;
    }
}
