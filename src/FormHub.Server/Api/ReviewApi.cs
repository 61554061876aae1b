using FormHub.Filing;
using FormHub.Core.Catalog;
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
    /// <summary>Approve or return a submitted month; grant or refuse (with a reason) a cadre's correction request.</summary>
    public enum ReviewAction { Approve, Return, GrantRevision, RefuseRevision }

    public sealed record ReviewRequest(string? Period, ReviewAction? Action, long? Version, string? Comment);

    public sealed record VillageStatus(string Code, string Name, string? Township, SubmissionStatus Status, bool Late, int Revision, string? Comment,
        string? UpdatedBy, DateTimeOffset? UpdatedAt, long Version);

    public sealed record StatusCounts(int Draft, int Submitted, int Returned, int Approved, int Late);

    public sealed record StatusBoard(SessionApi.UnitView Unit, FormApi.PeriodView Period, IReadOnlyList<VillageStatus> Villages, StatusCounts Counts);

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/review", "Review");
        group.MapGet("/{unit}/villages", BoardAsync).WithName("GetReviewBoard").WithSummary("Every village's status for the month under a township or county");
        group.MapPost("/villages/{code}", ActAsync).WithName("Review")
            .WithSummary("Approves (freezing the month's reports), returns with a comment, or grants or refuses a correction request");
        group.MapGet("/villages/{code}/changes", ChangesAsync).WithName("GetMonthChanges")
            .WithSummary("What was recorded in the village since its last approved month (additions, changes old → new, retirements), by whom and when");
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
            rows.Count(r => r.Status == SubmissionStatus.Returned), rows.Count(r => r.Status is SubmissionStatus.Approved or SubmissionStatus.RevisionRequested), rows.Count(r => r.Late));
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
            return Problem.BadRequest(http, new LocalizedText("请给出操作 action（approve、return、grantRevision 或 refuseRevision）和读取时的版本 version。",
                "Give the action (approve, return, grantRevision or refuseRevision) and the version you read."));
        var saved = action switch
        {
            ReviewAction.Approve => await workflow.ApproveAsync(user.Actor, resolved.Unit!, month, version, request.Comment, ct),
            ReviewAction.Return => await workflow.ReturnAsync(user.Actor, resolved.Unit!, month, version, request.Comment, ct),
            ReviewAction.GrantRevision => await workflow.GrantRevisionAsync(user.Actor, resolved.Unit!, month, version, ct),
            _ => await workflow.RefuseRevisionAsync(user.Actor, resolved.Unit!, month, version, request.Comment, ct),
        };
        return TypedResults.Ok(FormApi.Describe(saved, calendar, month));
    }

    /// <summary>One change as the reviewer reads it: values masked as the entity views mask them, secret fields left out.</summary>
    public sealed record ChangeView(DateTimeOffset At, string User, Guid EntityId, string EntityType, string? EntityName, EventKind Kind,
        DateOnly ValidFrom, string? Period, IReadOnlyList<FieldChange> Changes, Retirement? Retirement);

    public sealed record ChangeLogView(string? SincePeriod, DateTimeOffset? Since, IReadOnlyList<ChangeView> Entries, bool Truncated);

    private static async Task<Results<Ok<ChangeLogView>, ProblemHttpResult>> ChangesAsync(string code, string? period, string? entityType,
        HttpContext http, CurrentUser user, UnitAccess access, FilingCalendar calendar, MonthChangeReader reader, FieldCatalog catalog, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: true, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        var type = string.IsNullOrWhiteSpace(entityType) ? null : entityType.Trim();
        if (type is not null && catalog.FindEntityType(type) is null)
            return Problem.BadRequest(http, new LocalizedText($"没有“{type}”这类记录。", $"There is no entity type '{type}'."));
        var log = await reader.SinceLastApprovalAsync(resolved.Unit!, month, type, ct);
        var inFull = FieldMasking.SeesInFull(user, code);
        var entries = log.Entries.Select(e => new ChangeView(e.At, e.User, e.EntityId, e.EntityType, e.EntityName, e.Kind, e.ValidFrom, e.Period,
            Shown(catalog, e.EntityType, e.Changes, inFull), e.Retirement)).ToList();
        return TypedResults.Ok(new ChangeLogView(log.SincePeriod, log.Since, entries, log.Truncated));
    }

    private static List<FieldChange> Shown(FieldCatalog catalog, string entityType, IReadOnlyList<FieldChange> changes, bool inFull)
    {
        var shown = new List<FieldChange>(changes.Count);
        foreach (var change in changes)
        {
            var old = FieldMasking.Apply(catalog, entityType, new Dictionary<string, object?> { [change.Field] = change.Old }, inFull).Fields;
            var now = FieldMasking.Apply(catalog, entityType, new Dictionary<string, object?> { [change.Field] = change.New }, inFull).Fields;
            if (!now.ContainsKey(change.Field)) continue; // a secret field, or a birth date: not the viewer's to see
            shown.Add(new FieldChange(change.Field, old.GetValueOrDefault(change.Field), now[change.Field]));
        }
        return shown;
    }
}
