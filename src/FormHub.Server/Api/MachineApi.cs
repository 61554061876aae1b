using FormHub.Core.Text;
using FormHub.Import;
using FormHub.Import.ValueSets;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;
using FormHub.Core.OrgUnits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// The machine API for departments' systems, called with a bearer token (no cookies, so no CSRF): many periodic values
/// for a period in one request (dataValueSets), written as the client's department and audited with the client as source.
/// </summary>
public static class MachineApi
{
    /// <summary>The answer to a value set: DHIS2's import summary.</summary>
    public sealed record ValueSetSummary(string Status, bool DryRun, int Imported, int Updated, int Ignored, int Conflicts, IReadOnlyList<string> Errors);

    public static IEndpointRouteBuilder MapMachineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/machine/v1").AddEndpointFilter<MachineClientGate>().WithTags("Machine API");
        group.MapPost("/dataValueSets", WriteValuesAsync).WithName("WriteDataValueSet")
            .WithSummary("Writes many periodic values for one period (Bearer token; dryRun=true answers what would change; all or nothing)");
        return app;
    }

    private static async Task<Results<Ok<ValueSetSummary>, ProblemHttpResult>> WriteValuesAsync(HttpContext http,
        DataValueSet? set, ValueSetWriter writer, bool? dryRun, string? idScheme, CancellationToken ct)
    {
        var client = MachineClient.Of(http);
        if (!client.Has(ApiScopes.WriteValues))
            return Problem.Forbidden(http, new LocalizedText("此客户端没有写入按期数据的权限（values:write）。", "This client may not write periodic values (values:write)."));
        if (set is null)
            return Problem.BadRequest(http, new LocalizedText("请求体应为 {\"period\": \"2026-11\", \"values\": [...]}。", "The body must be {\"period\": \"2026-11\", \"values\": [...]}."));
        if (idScheme is not null) set = set with { IdScheme = idScheme };
        var scope = new ImportScope(client.AuditName, RegionCode.TryParse(client.Client.Area, out var area, out _) ? area : null, client.Client.Department);
        var outcome = await writer.WriteAsync(set, scope, dryRun ?? false, ct);
        var summary = new ValueSetSummary(outcome.Status, outcome.DryRun, outcome.Imported, outcome.Updated, outcome.Ignored, outcome.Conflicts, outcome.Errors);
        if (outcome.Errors.Count == 0) return TypedResults.Ok(summary);
        return Problem.Of(http, StatusCodes.Status409Conflict, new LocalizedText("数据有误，未写入任何值", "Some values are wrong; nothing was written"),
            new LocalizedText($"{outcome.Errors.Count} 个值有误：{outcome.Errors[0]}", $"{outcome.Errors.Count} values are wrong: {outcome.Errors[0]}"),
            new Dictionary<string, object?> { ["importSummary"] = summary });
    }
}
