using FormHub.Reports;
using FormHub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FormHub.Server.Hosting;

/// <summary>Healthy when the store answers a query (how far the live reports lag is <see cref="LiveReportsHealthCheck"/>).</summary>
internal sealed class StoreHealthCheck(IFormHubStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await store.GetCursorAsync(LiveReportMaterializer.CursorName, ct);
            return HealthCheckResult.Healthy(store.EngineName);
        }
        catch (Exception e)
        {
            // /healthz is public: the reason (host names, SQL) goes to the log with the exception, not into the answer.
            return HealthCheckResult.Unhealthy($"数据库无应答 / the {store.EngineName} store does not answer", e);
        }
    }
}
