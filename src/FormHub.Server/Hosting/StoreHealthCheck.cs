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
            await store.GetCursorAsync("report-materializer", ct);
            return HealthCheckResult.Healthy(store.EngineName);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{store.EngineName}: {e.Message}");
        }
    }
}
