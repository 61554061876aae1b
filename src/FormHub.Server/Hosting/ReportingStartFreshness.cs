using FormHub.Filing;

namespace FormHub.Server.Hosting;

/// <summary>
/// Reads the admins' reporting starts (启用月份) from the store every <see cref="Interval"/>, so a start set on another
/// server of the deployment applies here too; the server where it was set applies it at once.
/// </summary>
internal sealed partial class ReportingStartFreshness(ReportingStartSettings settings, ILogger<ReportingStartFreshness> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await settings.RefreshAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { LogFailed(logger, e); }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the reporting starts from the store failed; the previous ones stay in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
