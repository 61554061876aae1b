using FormHub.Distribution;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Runs <see cref="WebhookSender"/> passes (at most a second apart) for the server's lifetime.</summary>
internal sealed class WebhookDeliveries(WebhookSender sender, IOptions<FormHubServerOptions> options, TimeProvider clock,
    ILogger<WebhookDeliveries> logger) : PollingService(clock, logger)
{
    protected override string Name => "Webhook delivery";

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Min(1000, options.Value.NotifierPollMilliseconds));

    protected override Task PassAsync(CancellationToken ct) => sender.DeliverDueAsync(ct);
}
