using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Core.OrgUnits;
using FormHub.Exports;
using FormHub.Server.Access;
using FormHub.Server.Departments;
using FormHub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// What a department receives: the published reports it may see, each for an area and period with drill-down from county
/// to township to village (aggregates only, failing checks marked, the narrative and the completeness line), and the
/// completeness and timeliness of every report due in a month.
/// </summary>
public static class ReportViewApi
{
    public sealed record PublishedReport(string TemplateId, int Version, string Title, string Department, string PeriodType, string CurrentPeriod, bool HasOfficialLayout,
        string? TitleEn = null);

    public sealed record ViewRow(ReportRowKind Kind, string UnitCode, string UnitName, OrgLevel Level, bool Drillable, IReadOnlyList<object?> Values,
        IReadOnlyList<string> FailingChecks);

    public sealed record ReportViewAnswer(string TemplateId, int Version, string Title, string Department, string Period, string PeriodDisplay,
        SessionApi.UnitView Unit, IReadOnlyList<SessionApi.UnitView> Breadcrumb, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ViewRow> Rows,
        string? Narrative, Completeness Completeness, string CompletenessLine, string? DraftNote, string FormNumber, bool ApprovedOnly = false, string? TitleEn = null);

    public static IEndpointRouteBuilder MapReportViewApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api", "Reports");
        group.MapGet("/reports", ListAsync).WithName("ListReports").WithSummary("The published reports the user may receive");
        group.MapGet("/reports/{templateId}/{unit}", ViewAsync).WithName("ViewReport")
            .WithSummary("A report for an area and period: the area's total and one row per direct child, for drill-down; approvedOnly=true: approved villages only, totals rolled up from them");
        group.MapGet("/completeness/{unit}", CompletenessAsync).WithName("GetCompleteness")
            .WithSummary("Reporting and on-time rates and the late villages of every report due with a month");
        return app;
    }

    private static async Task<Ok<List<PublishedReport>>> ListAsync(CurrentUser user, TemplateAccess templates, IFormHubStore store, TimeProvider clock,
        CancellationToken ct)
    {
        var uploaded = await store.ListLayoutTemplatesAsync(ct); // an uploaded layout counts as much as a shipped one
        var result = templates.Visible(user).Select(t => new PublishedReport(t.Template.Id, t.Template.Version, t.Template.Title, t.Template.Department,
            t.Template.Period.ToString().ToLowerInvariant(), Core.Periods.Period.Containing(Core.Periods.ChinaClock.Today(clock), t.Template.Period).Key,
            t.Template.Excel is not null || uploaded.Contains(t.Template.Id), t.Template.TitleEn)).ToList();
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ReportViewAnswer>, ProblemHttpResult>> ViewAsync(string templateId, string unit, string? period, bool? approvedOnly,
        HttpContext http, CurrentUser user, UnitAccess access, TemplateAccess templates, ReportTableBuilder builder, RegionDirectory regions, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, unit, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        var (template, reportPeriod, problem) = templates.Resolve(http, user, templateId, period);
        if (problem is not null) return problem;
        var onlyApproved = approvedOnly ?? false;
        var (table, done) = await builder.BuildAsync(template!, reportPeriod, resolved.Unit!, ReportDepth.Children, user.DisplayName, ct, onlyApproved);
        var tree = await regions.GetAsync(ct);
        var area = resolved.Unit!;
        // The breadcrumb stops at the user's own scope: above it is not theirs to open.
        var breadcrumb = tree.Ancestors(area.Code).Where(a => user.CanView(a.Code)).Reverse()
            .Select(a => new SessionApi.UnitView(a.Code.Value, a.Name, a.Level)).ToList();
        var rows = table.Rows.Select(r =>
        {
            var level = RegionCode.Parse(r.UnitCode).Level;
            // Every child row opens its own view (a township's villages; a village's own row and narrative).
            return new ViewRow(r.Kind, r.UnitCode, r.UnitName, level, r.Kind == ReportRowKind.Unit && r.UnitCode != area.Code.Value, r.Values, r.FailingChecks);
        }).ToList();
        return TypedResults.Ok(new ReportViewAnswer(table.TemplateId, table.Version, table.Title, table.Department, table.PeriodKey, table.PeriodDisplay,
            new SessionApi.UnitView(area.Code.Value, area.Name, area.Level), breadcrumb, table.Columns, rows, table.Narrative, done,
            Problems.Language.IsEnglish(http) ? done.LineEn : done.LineZh,
            onlyApproved ? (Problems.Language.IsEnglish(http) ? done.ApprovedOnlyNoteEn : done.ApprovedOnlyNoteZh)
                : Problems.Language.IsEnglish(http) ? done.DraftNoteEn : done.DraftNoteZh,
            table.FormNumberText, onlyApproved, template!.Template.TitleEn));
    }

    private static async Task<Results<Ok<List<Completeness>>, ProblemHttpResult>> CompletenessAsync(string unit, string? period, HttpContext http,
        CurrentUser user, UnitAccess access, FilingCalendar calendar, TemplateAccess templates, CompletenessCalculator completeness, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, unit, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        return TypedResults.Ok(await templates.DueCompletenessAsync(user, calendar, completeness, month, resolved.Unit!, ct));
    }
}
