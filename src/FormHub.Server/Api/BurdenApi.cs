using FormHub.Filing;
using FormHub.Reports;
using FormHub.Server.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>The burden figure (减负账): report cells FormHub delivered against values actually typed, from the event log.</summary>
public static class BurdenApi
{
    public static IEndpointRouteBuilder MapBurdenApi(this IEndpointRouteBuilder app)
    {
        app.SignedIn("/api/units/{code}", "Burden").MapGet("/burden", FigureAsync).WithName("GetBurden")
            .WithSummary("Cells delivered vs. values typed for a village, township or county and month");
        return app;
    }

    private static async Task<Results<Ok<FormApi.BurdenView>, ProblemHttpResult>> FigureAsync(string code, string? period, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, BurdenCalculator burden, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        return TypedResults.Ok(FormApi.Describe(await burden.ForUnitAsync(resolved.Unit!, month, ct), http));
    }
}
