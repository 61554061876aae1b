using FormHub.Distribution;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Runs <see cref="SubscriptionNotifier"/> every <see cref="FormHubServerOptions.NotifierPollMilliseconds"/> for the server's lifetime.</summary>
internal sealed class SubscriptionNotifications(SubscriptionNotifier notifier, IOptions<FormHubServerOptions> options, TimeProvider clock,
    ILogger<SubscriptionNotifications> logger) : PollingService(clock, logger)
{
    protected override string Name => "Subscription";

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.NotifierPollMilliseconds);

    protected override Task PassAsync(CancellationToken ct) => notifier.TellChangesAsync(ct);
}
