using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Shards;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Runs the live report materializer for the server's lifetime: a saved change reaches its report rows within a poll. On a
/// sharded store one more materializer runs for each further shard's change feed (each with that shard's lease), on the
/// same deriver and findings.
/// </summary>
internal sealed partial class LiveReports(LiveReportMaterializer materializer, LiveReportStatus status, IOptions<FormHubServerOptions> options,
    IFormHubStore store, ReportDeriver deriver, FindingsDeriver findings, TimeProvider clock, ILogger<LiveReports> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.MaterializerPollMilliseconds);
        var others = ShardedFormHubStore.FeedsOf(store).Skip(1).Select(feed => new LiveReportMaterializer(feed, deriver, clock, findings: findings,
            keptEntities: options.Value.MaterializerKeptEntities));
        return Task.WhenAll(others.Select(m => m.RunAsync(poll, e => LogFailedPass(logger, e), stoppingToken))
            .Prepend(materializer.RunAsync(poll, e => LogFailedPass(logger, e), stoppingToken, status.CaughtUp)));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Report materializer pass failed; it is retried on the next poll")]
    private static partial void LogFailedPass(ILogger logger, Exception exception);
}
