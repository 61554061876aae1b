using FormHub.Filing;
using FormHub.Core.Text;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>The cadre's side of the workflow: submit the month, withdraw it before review, or ask for a correction (申请更正).</summary>
public static class SubmissionApi
{
    /// <summary>Submit the month, withdraw a submission not yet reviewed, or ask to reopen an approved month (申请更正).</summary>
    public enum CadreAction { Submit, Withdraw, Revise }

    public sealed record SubmissionRequest(string? Period, CadreAction? Action, long? Version, string? Reason);

    public static IEndpointRouteBuilder MapSubmissionApi(this IEndpointRouteBuilder app)
    {
        app.SignedIn("/api/villages/{code}", "Form").MapPost("/submission", ActAsync).WithName("ActOnSubmission")
            .WithSummary("Submits the village's month (all error-level checks must pass), withdraws it before review, or asks the reviewer to reopen an approved month");
        return app;
    }

    private static async Task<Results<Ok<FormApi.SubmissionView>, ProblemHttpResult>> ActAsync(string code, SubmissionRequest request, HttpContext http,
        CurrentUser user, UnitAccess access, FilingCalendar calendar, SubmissionWorkflow workflow, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.Capture, villageOnly: true, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolveFiled(http, request.Period, code, out var month, out var badPeriod)) return badPeriod!;
        if (request.Version is not { } version || request.Action is not { } action)
            return Problem.BadRequest(http, new LocalizedText("请给出操作 action（submit、withdraw 或 revise）和读取时的版本 version。",
                "Give the action (submit, withdraw or revise) and the version you read."));
        var saved = action switch
        {
            CadreAction.Submit => await workflow.SubmitAsync(user.Actor, resolved.Unit!, month, version, ct),
            CadreAction.Withdraw => await workflow.WithdrawAsync(user.Actor, resolved.Unit!, month, version, ct),
            _ => await workflow.RequestRevisionAsync(user.Actor, resolved.Unit!, month, version, request.Reason, ct),
        };
        return TypedResults.Ok(FormApi.Describe(saved, calendar, month));
    }
}
