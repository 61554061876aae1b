using FormHub.Distribution;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Runs <see cref="WebhookSender"/> passes (at most a second apart) for the server's lifetime.</summary>
internal sealed partial class WebhookDeliveries(WebhookSender sender, IOptions<FormHubServerOptions> options, TimeProvider clock,
    ILogger<WebhookDeliveries> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { LogPassFailed(logger, e); }
            try { await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, options.Value.NotifierPollMilliseconds)), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery pass failed; retried on the next poll")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
