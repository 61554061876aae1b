using FormHub.Core.Text;
using FormHub.Distribution;
using FormHub.Exports;
using FormHub.Exports.Csv;
using FormHub.Filing;
using FormHub.Server.Departments;
using FormHub.Import;
using FormHub.Import.ValueSets;
using FormHub.Server.Access;
using FormHub.Server.Hosting;
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
        group.MapPost("/dataValueSets", WriteValuesAsync).WithName("WriteDataValueSet").WithMetadata(new ValueSetSizeLimit())
            .WithSummary("Writes many periodic values for one period (Bearer token; dryRun=true answers what would change; all or nothing)");
        group.MapGet("/reports/{templateId}/{unit}/rows", ReadRowsAsync).WithName("MachineReportRows")
            .WithSummary("A report's rows for an area and period: every village, township subtotals, the total (rows:read; format=json or csv)");
        group.MapGet("/completeness/{unit}", ReadCompletenessAsync).WithName("MachineCompleteness")
            .WithSummary("Reporting and on-time rates of the client's department's reports due with a month (aggregates:read; format=json or csv)");
        return app;
    }

    /// <summary>One report row; <see cref="Values"/> keyed by column id.</summary>
    public sealed record MachineRow(ReportRowKind Kind, string UnitCode, string UnitName, IReadOnlyDictionary<string, object?> Values, IReadOnlyList<string> FailingChecks);

    public sealed record MachineRows(string TemplateId, int Version, string Title, string Department, string Period, string UnitCode, string UnitName,
        IReadOnlyList<ReportColumn> Columns, IReadOnlyList<MachineRow> Rows, string Completeness, string? DraftNote);

    private static async Task<Results<Ok<MachineRows>, PushStreamHttpResult, ProblemHttpResult>> ReadRowsAsync(string templateId, string unit, string? period,
        string? format, HttpContext http, UnitAccess access, TemplateAccess templates, ReportTableBuilder builder, CancellationToken ct)
    {
        var client = MachineClient.Of(http);
        var (viewer, resolved) = await ReaderAsync(http, client, ApiScopes.ReadRows, new LocalizedText("此客户端没有读取报表数据的权限（rows:read）。",
            "This client may not read report rows (rows:read)."), format, unit, access, ct);
        if (resolved.Problem is { } refused) return refused;
        var (template, reportPeriod, problem) = templates.Resolve(http, viewer, templateId, period);
        if (problem is not null) return problem;
        var (table, done) = await builder.BuildAsync(template!, reportPeriod, resolved.Unit!, ReportDepth.Full, client.Client.Name, ct);
        if (IsCsv(format))
            return TypedResults.Stream(stream => ReportCsvWriter.WriteAsync(table, stream, http.RequestAborted), CsvContentType, ExportFile.FileName(table, "csv"));
        var rows = table.Rows.Select(r => new MachineRow(r.Kind, r.UnitCode, r.UnitName,
            table.Columns.Select((c, i) => (c.Id, Value: i < r.Values.Count ? r.Values[i] : null)).ToDictionary(p => p.Id, p => p.Value), r.FailingChecks)).ToList();
        var english = Language.IsEnglish(http);
        return TypedResults.Ok(new MachineRows(table.TemplateId, table.Version, table.Title, table.Department, table.PeriodKey, table.UnitCode, table.UnitName,
            table.Columns, rows, english ? done.LineEn : done.LineZh, english ? done.DraftNoteEn : done.DraftNoteZh));
    }

    private static async Task<Results<Ok<List<Completeness>>, PushStreamHttpResult, ProblemHttpResult>> ReadCompletenessAsync(string unit, string? period,
        string? format, HttpContext http, UnitAccess access, FilingCalendar calendar, TemplateAccess templates, CompletenessCalculator completeness,
        CancellationToken ct)
    {
        var client = MachineClient.Of(http);
        var (viewer, resolved) = await ReaderAsync(http, client, ApiScopes.ReadAggregates, new LocalizedText("此客户端没有读取汇总数据的权限（aggregates:read）。",
            "This client may not read aggregates (aggregates:read)."), format, unit, access, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        var result = await templates.DueCompletenessAsync(viewer, calendar, completeness, month, resolved.Unit!, ct);

        if (IsCsv(format))
            return TypedResults.Stream(stream => CompletenessCsvWriter.WriteAsync(result, stream, http.RequestAborted), CsvContentType,
                $"报送情况_{resolved.Unit!.Name}_{month.Key}.csv");
        return TypedResults.Ok(result);
    }

    /// <summary>The client as a reader of <paramref name="unit"/>, or the refusal: the scope, the format, then the unit as a department user's.</summary>
    private static async Task<(CurrentUser Viewer, UnitResolution Resolved)> ReaderAsync(HttpContext http, MachineClient client, string scope,
        LocalizedText noScope, string? format, string unit, UnitAccess access, CancellationToken ct)
    {
        var viewer = client.AsViewer;
        if (!client.Has(scope)) return (viewer, new UnitResolution(null, Problem.Forbidden(http, noScope)));
        if (BadFormat(http, format) is { } badFormat) return (viewer, new UnitResolution(null, badFormat));
        return (viewer, await access.ResolveAsync(http, viewer, unit, UnitNeed.ViewAggregates, villageOnly: false, ct));
    }

    private const string CsvContentType = "text/csv; charset=utf-8";

    private static bool IsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult? BadFormat(HttpContext http, string? format) =>
        format is null || IsCsv(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase) ? null
            : Problem.BadRequest(http, new LocalizedText($"format 应为 json 或 csv，收到“{format}”。", $"format must be json or csv, got '{format}'."));

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
