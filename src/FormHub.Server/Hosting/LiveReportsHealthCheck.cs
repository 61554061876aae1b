using FormHub.Reports;
using FormHub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Degraded when saved changes have waited longer than <see cref="FormHubServerOptions.LiveReportsLagSeconds"/> to reach
/// the reports (<see cref="LiveReportStatus.LagBeyondAsync"/>): passes keep failing, the machine is overloaded, or
/// (PostgreSQL) a long transaction holds the feed back. The server still answers; its reports are just not live.
/// Degraded too while changes are set aside because their derivation failed: their reports miss them until an admin
/// fixes the cause (the reasons are on the admin page, not here: /healthz is public).
/// </summary>
internal sealed class LiveReportsHealthCheck(LiveReportStatus status, IFormHubStore store, IOptions<FormHubServerOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        // Why passes fail is in the log (LiveReports); /healthz is public.
        var problems = new List<string>();
        if (await status.LagBeyondAsync(store, TimeSpan.FromSeconds(options.Value.LiveReportsLagSeconds), ct) is { } behind)
            problems.Add($"实时报表已落后 {behind.TotalSeconds:0} 秒 / live reports {behind.TotalSeconds:0} s behind the saved data");
        if ((await store.ListQuarantinedChangesAsync(ct)).Count is > 0 and var quarantined)
            problems.Add($"有 {quarantined} 条数据变更无法生成报表，已隔离，其余照常更新；原因见管理员页面“实时报表” / " +
                $"{quarantined} change(s) could not be derived and are set aside, the rest stay live; the reasons are on the admin page");
        return problems.Count > 0 ? HealthCheckResult.Degraded(string.Join("；", problems)) : HealthCheckResult.Healthy();
    }
}
