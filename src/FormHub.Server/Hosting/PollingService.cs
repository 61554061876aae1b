namespace FormHub.Server.Hosting;

/// <summary>
/// Runs one pass of a domain service, then waits <see cref="Interval"/>, for the server's lifetime; a failed pass is
/// logged and retried on the next poll. The domain services themselves (FormHub.Distribution) know nothing of hosting.
/// </summary>
internal abstract partial class PollingService(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What the pass is, for the log.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task PassAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { LogPassFailed(logger, Name, e); }
            try { await Task.Delay(Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Pass} pass failed; retried on the next poll")]
    private static partial void LogPassFailed(ILogger logger, string pass, Exception exception);
}
