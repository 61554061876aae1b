using FormHub.Reports;
using FormHub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Degraded when saved changes have waited longer than <see cref="FormHubServerOptions.LiveReportsLagSeconds"/> to reach
/// the reports (<see cref="LiveReportStatus.LagBeyondAsync"/>): passes keep failing, the machine is overloaded, or
/// (PostgreSQL) a long transaction holds the feed back. The server still answers; its reports are just not live.
/// </summary>
internal sealed class LiveReportsHealthCheck(LiveReportStatus status, IFormHubStore store, IOptions<FormHubServerOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        // Why passes fail is in the log (LiveReports); /healthz is public.
        return await status.LagBeyondAsync(store, TimeSpan.FromSeconds(options.Value.LiveReportsLagSeconds), ct) is { } behind
            ? HealthCheckResult.Degraded($"实时报表已落后 {behind.TotalSeconds:0} 秒 / live reports {behind.TotalSeconds:0} s behind the saved data")
            : HealthCheckResult.Healthy();
    }
}
