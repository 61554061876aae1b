using FormHub.Distribution;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Runs <see cref="SubscriptionNotifier"/> every <see cref="FormHubServerOptions.NotifierPollMilliseconds"/> for the server's lifetime.</summary>
internal sealed partial class SubscriptionNotifications(SubscriptionNotifier notifier, IOptions<FormHubServerOptions> options, TimeProvider clock,
    ILogger<SubscriptionNotifications> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await notifier.TellChangesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { LogPassFailed(logger, e); }
            try { await Task.Delay(TimeSpan.FromMilliseconds(options.Value.NotifierPollMilliseconds), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription pass failed; retried on the next poll")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
