using System.Globalization;
using System.Threading.RateLimiting;
using FormHub.Core.Text;
using FormHub.Server.Hosting;
using FormHub.Server.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Access;

/// <summary>
/// Per admin, how often the server runs a draft template for the editor. A preview or an admission analysis evaluates the
/// draft on real data, and a hostile draft costs each cell up to the sandbox's statement limit (~100 ms of CPU for the
/// bench's four hostile columns); an admin previewing that in a loop took most of a core from the cadres' saves. So each
/// admin gets one run at a time and a token bucket: a burst for the editor's quick clicks (preview, then 准入分析), then
/// a steady rate (<see cref="FormHubServerOptions.DraftEvaluationsPerMinute"/>) that bounds what a loop can take. A check
/// only parses and analyses, and runs on every pause in typing, so its bucket is larger and a second check waits for the
/// first instead of being refused. A refusal is a 429 ProblemDetails in the caller's language, with Retry-After.
/// </summary>
internal sealed class DraftRunLimit : IRateLimiterPolicy<string>
{
    public const string Evaluations = "draft-evaluations";
    public const string Checks = "draft-checks";

    private readonly Func<HttpContext, (int Burst, TimeSpan PerToken)> _bucket;
    private readonly int _waiting;
    private readonly Func<int, LocalizedText> _refusal;

    private DraftRunLimit(Func<HttpContext, (int, TimeSpan)> bucket, int waiting, Func<int, LocalizedText> refusal) =>
        (_bucket, _waiting, _refusal) = (bucket, waiting, refusal);

    /// <summary>Previews and admission analyses: one at a time, a burst of 5, then the configured rate.</summary>
    public static DraftRunLimit ForEvaluations() => new(http =>
    {
        var perMinute = http.RequestServices.GetRequiredService<IOptions<FormHubServerOptions>>().Value.DraftEvaluationsPerMinute;
        return (5, TimeSpan.FromMinutes(1) / perMinute);
    }, waiting: 0, seconds => new LocalizedText(
        $"预览或分析草稿过于频繁：每位管理员同一时间只能运行一次，连续运行会被限速。请 {seconds} 秒后再试。",
        $"Draft previews and analyses are limited per admin: one at a time, and a steady rate after a few in a row. Try again in {seconds} s."));

    /// <summary>Checks as the admin types: one at a time (the next waits), a burst of 10, then 5 a second.</summary>
    public static DraftRunLimit ForChecks() => new(_ => (10, TimeSpan.FromMilliseconds(200)), waiting: 2, seconds => new LocalizedText(
        $"检查草稿过于频繁，请 {seconds} 秒后再试。", $"Too many draft checks; try again in {seconds} s."));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        httpContext.User.Identity is { IsAuthenticated: true, Name: { } user }
            ? RateLimitPartition.Get(user, _ =>
            {
                var (burst, perToken) = _bucket(httpContext);
                return RateLimiter.CreateChained(
                    new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = _waiting }),
                    new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = burst, TokensPerPeriod = 1, ReplenishmentPeriod = perToken, QueueLimit = 0, AutoReplenishment = true,
                    }));
            })
            // Not signed in: the endpoint answers 401 itself.
            : RateLimitPartition.GetNoLimiter("");

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        // The bucket says when its next token comes; refused for running one already, a second is a fair guess.
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ValueTask(Problem.Write(http, Problem.Of(http, StatusCodes.Status429TooManyRequests,
            new LocalizedText("操作过于频繁", "Too many requests"), _refusal(seconds))));
    };
}
