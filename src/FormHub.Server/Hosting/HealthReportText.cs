using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FormHub.Server.Hosting;

/// <summary>
/// <c>/healthz</c> as plain text: the status, then one line per check that is not healthy with its description. Anyone
/// may ask, so only descriptions are written, never exception messages (those go to the log).
/// </summary>
internal static class HealthReportText
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}");
        return http.Response.WriteAsync(string.Join("\n", lines.Prepend(report.Status.ToString())), http.RequestAborted);
    }
}
