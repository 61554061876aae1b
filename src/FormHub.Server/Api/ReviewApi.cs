using FormHub.Filing;
using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>The township reviewer's side: every village's status for a month, and approve or return with a comment.</summary>
public static class ReviewApi
{
    public enum ReviewAction { Approve, Return }

    public sealed record ReviewRequest(string? Period, ReviewAction? Action, long? Version, string? Comment);

    public sealed record VillageStatus(string Code, string Name, string? Township, SubmissionStatus Status, bool Late, int Revision, string? Comment,
        string? UpdatedBy, DateTimeOffset? UpdatedAt, long Version);

    public sealed record StatusCounts(int Draft, int Submitted, int Returned, int Approved, int Late);

    public sealed record StatusBoard(SessionApi.UnitView Unit, FormApi.PeriodView Period, IReadOnlyList<VillageStatus> Villages, StatusCounts Counts);

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/review", "Review");
        group.MapGet("/{unit}/villages", BoardAsync).WithName("GetReviewBoard").WithSummary("Every village's status for the month under a township or county");
        group.MapPost("/villages/{code}", ActAsync).WithName("Review").WithSummary("Approves (freezing the month's reports) or returns with a comment");
        return app;
    }

    private static async Task<Results<Ok<StatusBoard>, ProblemHttpResult>> BoardAsync(string unit, string? period, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, IFormHubStore store, RegionDirectory regions, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, unit, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        var tree = await regions.GetAsync(ct);
        var root = resolved.Unit!;
        var villages = root.Level == OrgLevel.Village ? [root] : tree.Descendants(root.Code, OrgLevel.Village);
        var stored = (await store.ListSubmissionsAsync(root.Code.Value, month.Key, ct)).ToDictionary(s => s.VillageCode);
        var rows = villages.Select(v =>
        {
            var s = stored.GetValueOrDefault(v.Code.Value) ?? Submission.NewDraft(v.Code.Value, month.Key);
            var township = tree.Ancestors(v.Code).FirstOrDefault(a => a.Level == OrgLevel.Township)?.Name;
            return new VillageStatus(v.Code.Value, v.Name, township, s.Status, calendar.IsLate(s, month), s.Revision, s.Comment, s.UpdatedBy, s.UpdatedAt, s.Version);
        }).ToList();
        var counts = new StatusCounts(rows.Count(r => r.Status == SubmissionStatus.Draft), rows.Count(r => r.Status == SubmissionStatus.Submitted),
            rows.Count(r => r.Status == SubmissionStatus.Returned), rows.Count(r => r.Status == SubmissionStatus.Approved), rows.Count(r => r.Late));
        return TypedResults.Ok(new StatusBoard(new SessionApi.UnitView(root.Code.Value, root.Name, root.Level),
            new FormApi.PeriodView(month.Key, month.DisplayZh, month.Start, month.End, calendar.DueDate(month)), rows, counts));
    }

    private static async Task<Results<Ok<FormApi.SubmissionView>, ProblemHttpResult>> ActAsync(string code, ReviewRequest request, HttpContext http,
        CurrentUser user, UnitAccess access, FilingCalendar calendar, SubmissionWorkflow workflow, CancellationToken ct)
    {
        if (user.Role != AccountRole.Reviewer)
            return Problem.Forbidden(http, new LocalizedText("只有乡镇审核员可以审核。", "Only township reviewers review."));
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: true, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, request.Period, out var month, out var badPeriod)) return badPeriod!;
        if (request.Version is not { } version || request.Action is not { } action)
            return Problem.BadRequest(http, new LocalizedText("请给出操作 action（approve 或 return）和读取时的版本 version。",
                "Give the action (approve or return) and the version you read."));
        var saved = action == ReviewAction.Approve
            ? await workflow.ApproveAsync(user.Actor, resolved.Unit!, month, version, request.Comment, ct)
            : await workflow.ReturnAsync(user.Actor, resolved.Unit!, month, version, request.Comment, ct);
        return TypedResults.Ok(FormApi.Describe(saved, calendar, month));
    }
}
