using FormHub.Reports;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Runs the live report materializer for the server's lifetime: a saved change reaches its report rows within a poll.</summary>
internal sealed partial class LiveReports(LiveReportMaterializer materializer, LiveReportStatus status, IOptions<FormHubServerOptions> options,
    ILogger<LiveReports> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        materializer.RunAsync(TimeSpan.FromMilliseconds(options.Value.MaterializerPollMilliseconds), e => LogFailedPass(logger, e), stoppingToken,
            status.CaughtUp);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report materializer pass failed; it is retried on the next poll")]
    private static partial void LogFailedPass(ILogger logger, Exception exception);
}
