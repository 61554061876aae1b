using FormHub.Core.OrgUnits;
using FormHub.Filing;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// For admins: the changes the live reports set aside because their derivation failed, with the reason, and a way to
/// have them tried again after the data or a template was fixed. <c>/healthz</c> only says how many there are.
/// </summary>
public static class LiveReportsApi
{
    public sealed record QuarantinedView(string Position, string VillageCode, string? VillageName, string Period, string EntityType, string Kind,
        IReadOnlyList<string> Fields, string Reason, DateTimeOffset QuarantinedAt, int Attempts);

    public sealed record LiveReportsView(bool ThisServerHoldsLease, IReadOnlyList<QuarantinedView> Quarantined);

    public sealed record RetryRequested(bool Requested);

    public static IEndpointRouteBuilder MapLiveReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/admin/live-reports", "Admin");
        group.MapGet("", GetAsync).WithName("LiveReportsStatus")
            .WithSummary("Lists the changes the live reports set aside (quarantined), with the reason; admins only");
        group.MapPost("/retry", Retry).WithName("RetryQuarantinedChanges")
            .WithSummary("Has the live reports try the quarantined changes again on their next pass; admins only");
        return app;
    }

    private static async Task<Results<Ok<LiveReportsView>, ProblemHttpResult>> GetAsync(HttpContext http, CurrentUser user, IFormHubStore store,
        LiveReportMaterializer materializer, RegionDirectory regions, CancellationToken ct)
    {
        if (user.Role != AccountRole.Admin) return NotAdmin(http);
        var tree = await regions.GetAsync(ct);
        var list = (await store.ListQuarantinedChangesAsync(ct))
            .Where(q => user.CanView(RegionCode.Parse(q.Change.VillageCode)))
            .Select(q => new QuarantinedView(q.Change.Cursor.ToString(), q.Change.VillageCode, tree.Find(RegionCode.Parse(q.Change.VillageCode))?.Name,
                q.Change.Period, q.Change.EntityType, q.Change.Kind.ToString(), q.Change.Fields, q.Reason, q.QuarantinedAt, q.Attempts))
            .ToList();
        return TypedResults.Ok(new LiveReportsView(materializer.HoldsLease, list));
    }

    private static Results<Ok<RetryRequested>, ProblemHttpResult> Retry(HttpContext http, CurrentUser user, LiveReportMaterializer materializer)
    {
        if (user.Role != AccountRole.Admin) return NotAdmin(http);
        materializer.RequestRetry();
        return TypedResults.Ok(new RetryRequested(true));
    }

    private static ProblemHttpResult NotAdmin(HttpContext http) =>
        Problem.Forbidden(http, new LocalizedText("只有管理员可以查看实时报表的运行状态。", "Only admins see the live reports' state."));
}
