using FormHub.Filing;
using FormHub.Core.Periods;
using FormHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>The filing month named by a <c>period</c> query value or body field, or the 400 that explains what is wrong with it.</summary>
internal static class PeriodQuery
{
    public static bool TryResolve(this FilingCalendar calendar, HttpContext http, string? text, out Period month, out ProblemHttpResult? problem)
    {
        problem = null;
        if (calendar.TryResolve(text, out month, out var error)) return true;
        problem = Problem.BadRequest(http, error!);
        return false;
    }

    /// <summary>As <see cref="TryResolve"/>, and the month must be one the village files (not before its county's reporting start).</summary>
    public static bool TryResolveFiled(this FilingCalendar calendar, HttpContext http, string? text, string village, out Period month, out ProblemHttpResult? problem)
    {
        if (!calendar.TryResolve(http, text, out month, out problem)) return false;
        if (calendar.NotApplicable(village, month) is not { } error) return true;
        problem = Problem.BadRequest(http, error);
        return false;
    }
}
