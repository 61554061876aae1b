using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Filing;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// 启用月份 for admins: the first month each county of their scope reports through FormHub (earlier months are not listed,
/// cannot be filed and are never 逾期), set in the browser over the configured one, with who set what when.
/// </summary>
public static class ReportingStartApi
{
    public sealed record MonthView(string Key, string Display);

    /// <summary>One county: the month in force, the configured one, and the admin's setting when there is one.</summary>
    public sealed record CountyStart(string Code, string Name, MonthView? Start, MonthView? Configured, MonthView? FirstFiled, string? SetBy, DateTimeOffset? SetAt);

    public sealed record HistoryLine(DateTimeOffset At, string User, string CountyCode, string CountyName, MonthView? Month, string? Detail);

    public sealed record ReportingStartPage(MonthView CurrentMonth, IReadOnlyList<CountyStart> Counties, IReadOnlyList<HistoryLine> History);

    public sealed record ReportingStartRequest(string? Month);

    public static IEndpointRouteBuilder MapReportingStartApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/admin/reporting-start", "Admin").AddEndpointFilter<AdminOnlyFilter>();
        group.MapGet("", GetAsync).WithName("ReportingStarts")
            .WithSummary("The first month each county of the admin's scope reports through FormHub (启用月份), configured and as set, with the history");
        group.MapPut("/{county}", SetAsync).WithName("SetReportingStart")
            .WithSummary("Sets a county's first reporting month (month: 2026-10), or with month null goes back to the configured one; audited");
        return app;
    }

    private static async Task<Ok<ReportingStartPage>> GetAsync(CurrentUser user, ReportingStartSettings settings, FilingCalendar calendar,
        RegionDirectory regions, CancellationToken ct)
    {
        await settings.RefreshAsync(ct);
        var tree = await regions.GetAsync(ct);
        return TypedResults.Ok(PageFor(user, settings, calendar, tree));
    }

    private static async Task<Results<Ok<ReportingStartPage>, ProblemHttpResult>> SetAsync(string county, ReportingStartRequest? request, HttpContext http,
        CurrentUser user, ReportingStartSettings settings, FilingCalendar calendar, RegionDirectory regions, CancellationToken ct)
    {
        var tree = await regions.GetAsync(ct);
        if (!RegionCode.TryParse(county, out var code, out _) || code.Level != OrgLevel.County)
            return Problem.BadRequest(http, new LocalizedText($"“{county}”不是县级区划代码（12 位，如 360835000000）。", $"'{county}' is not a county code (12 digits, e.g. 360835000000)."));
        if (!user.CanView(code))
            return Problem.Forbidden(http, new LocalizedText("只能设置您管辖范围内的县。", "You may set only counties within your scope."));
        if (tree.Find(code) is not { } unit)
            return Problem.NotFound(http, new LocalizedText($"区划中没有 {county}。", $"No unit {county} in the regions."));
        Period? month = null;
        if (!string.IsNullOrWhiteSpace(request?.Month))
        {
            if (!Period.TryParse(request.Month.Trim(), out var parsed, out _) || parsed.Type != PeriodType.Monthly)
                return Problem.BadRequest(http, new LocalizedText($"“{request.Month}”不是月份：请写成 2026-10。", $"'{request.Month}' is not a month: write 2026-10."));
            month = parsed;
        }
        if (await settings.SetAsync(unit, month, user.Actor, ct) is { } refused) return Problem.BadRequest(http, refused.Text);
        return TypedResults.Ok(PageFor(user, settings, calendar, tree));
    }

    private static ReportingStartPage PageFor(CurrentUser user, ReportingStartSettings settings, FilingCalendar calendar, RegionTree tree)
    {
        var counties = (user.View.Level == OrgLevel.County ? tree.Find(user.View) is { } own ? [own] : [] : tree.Descendants(user.View, OrgLevel.County))
            .OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToList();
        var newest = settings.History.Where(l => l.UnitCode is not null).GroupBy(l => l.UnitCode!).ToDictionary(g => g.Key, g => g.First());
        var list = counties.Select(c =>
        {
            var set = newest.GetValueOrDefault(c.Code.Value);
            return new CountyStart(c.Code.Value, c.Name, View(settings.Current.For(c.Code.Value)), View(settings.Configured.For(c.Code.Value)),
                View(calendar.FirstMonth(c.Code.Value)), set?.User, set?.At);
        }).ToList();
        var history = settings.History.Where(l => l.UnitCode is { } u && RegionCode.TryParse(u, out var code, out _) && user.CanView(code)).Take(50)
            .Select(l => new HistoryLine(l.At, l.User, l.UnitCode!, tree.Find(l.UnitCode!)?.Name ?? l.UnitCode!,
                l.Period is { Length: > 0 } p && Period.TryParse(p, out var m, out _) ? View(m) : null, l.Detail))
            .ToList();
        return new ReportingStartPage(View(calendar.CurrentMonth)!, list, history);
    }

    private static MonthView? View(Period? month) => month is { } m ? new MonthView(m.Key, m.DisplayZh) : null;
}
