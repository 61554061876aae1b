using FormHub.Filing;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Server.Access;
using FormHub.Server.Filing;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// The one form (一张表) of a village and month: what is due, what FormHub already fills, what still needs the cadre,
/// the checks, the burden figure; plus the derived report rows and the audit lines of that month.
/// </summary>
public static class FormApi
{
    public sealed record PeriodView(string Key, string Display, DateOnly Start, DateOnly End, DateOnly DueDate);

    public sealed record DueReport(string TemplateId, int Version, string Title, string Department, string Period, DateOnly DueDate, int Cells, string? TitleEn = null);

    public sealed record SubmissionView(string VillageCode, string Period, SubmissionStatus Status, bool Late, int Revision, long Version,
        string? Comment, string? UpdatedBy, DateTimeOffset? UpdatedAt);

    public sealed record BurdenView(string UnitCode, string UnitName, string Period, int Reports, int Villages, long CellsDelivered, long ValuesTyped,
        decimal FillFreeRate, string Summary);

    public sealed record MissingValue(string EntityType, string Field);

    public sealed record FormSummary(SessionApi.UnitView Village, SessionApi.UnitView? Township, PeriodView Period, SubmissionView Submission, bool Editable,
        IReadOnlyList<DueReport> Reports, BurdenView Burden, IReadOnlyList<FormSection> Sections, EntityView? VillageEntity,
        IReadOnlyList<MissingValue> Missing, IReadOnlyList<CheckView> Checks);

    public sealed record ColumnView(string Id, string Title, string? Unit, string? TitleEn = null);

    public sealed record ReportView(string TemplateId, int Version, string Title, string Department, string Period, IReadOnlyList<ColumnView> Columns,
        IReadOnlyDictionary<string, object?> Values, IReadOnlyList<CheckView> Checks, string? Narrative, DateTimeOffset? ComputedAt, string? TitleEn = null);

    public sealed record AuditView(DateTimeOffset At, string User, string Action, string? Period, string? Detail);

    public static IEndpointRouteBuilder MapFormApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/villages/{code}", "Form");
        group.MapGet("/form", SummaryAsync).WithName("GetForm").WithSummary("The village's one form for a month: due reports, pre-filled share, sections, checks, burden");
        group.MapGet("/checks", ChecksAsync).WithName("GetChecks").WithSummary("Every check of the reports due this month, evaluated now");
        group.MapGet("/reports", ReportsAsync).WithName("GetVillageReports").WithSummary("The village's derived report rows for the month (aggregates)");
        group.MapGet("/audit", AuditAsync).WithName("GetVillageAudit").WithSummary("Submissions, returns, approvals and revisions of the village");
        return app;
    }

    private static async Task<Results<Ok<FormSummary>, ProblemHttpResult>> SummaryAsync(string code, string? period, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, FormLayout layout, PeriodicSchedule schedule, IFormHubStore store, ReportDeriver deriver, BurdenCalculator burden, RegionDirectory regions,
        FieldCatalog catalog, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: true, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolveFiled(http, period, code, out var month, out var badPeriod)) return badPeriod!;
        var village = resolved.Unit!;
        var tree = await regions.GetAsync(ct);
        var township = tree.Ancestors(village.Code).FirstOrDefault();

        var submission = await store.GetSubmissionAsync(code, month.Key, ct);
        var due = calendar.DueReports(month);
        var sections = layout.For(due.Select(d => d.Template));

        var villageDoc = (await store.ListAsync(new EntityQuery(code, "village") { Take = 1 }, ct)).Items.FirstOrDefault();
        var periodic = villageDoc is null ? [] : await schedule.LoadAsync(store, code, month, [villageDoc.Id], ct);
        var inFull = FieldMasking.SeesInFull(user, code);
        var villageView = villageDoc is null ? null : EntityView.Of(catalog, villageDoc, periodic, inFull, month.End);

        var missing = new List<MissingValue>();
        if (sections.FirstOrDefault(s => s.EntityType == "village") is { } villageSection)
        {
            foreach (var f in villageSection.Fields.Where(f => villageDoc?[f] is null)) missing.Add(new MissingValue("village", f));
            foreach (var f in villageSection.PeriodicFields.Where(f => villageView?.Periodic.GetValueOrDefault(f) is null)) missing.Add(new MissingValue("village", f));
        }

        // The stored rows are live (seconds behind a save at most); the submit step evaluates afresh.
        var checks = new List<CheckView>();
        foreach (var (template, reportPeriod) in due)
        {
            if (await deriver.GetRowAsync(template.Template.Id, template.Template.Version, reportPeriod.Key, code, ct) is not { } row) continue;
            checks.AddRange(row.Checks.Where(c => !c.Passed).Select(c => CheckView.Of(template.Template, c.Level, c.Message, c.Passed)));
        }

        var figure = await burden.ForUnitAsync(village, month, ct);
        return TypedResults.Ok(new FormSummary(
            new SessionApi.UnitView(village.Code.Value, village.Name, village.Level),
            township is null ? null : new SessionApi.UnitView(township.Code.Value, township.Name, township.Level),
            new PeriodView(month.Key, month.DisplayZh, month.Start, month.End, calendar.DueDate(month)),
            Describe(submission, calendar, month),
            submission.IsOpen && user.CanCapture(village.Code),
            due.Select(d => new DueReport(d.Template.Template.Id, d.Template.Template.Version, d.Template.Template.Title, d.Template.Template.Department,
                d.Period.Key, d.Template.Template.DueDate(d.Period), d.Template.Template.Columns.Count, d.Template.Template.TitleEn)).ToList(),
            Describe(figure, http),
            sections, villageView, missing, checks));
    }

    private static async Task<Results<Ok<IReadOnlyList<CheckView>>, ProblemHttpResult>> ChecksAsync(string code, string? period, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, SubmissionWorkflow workflow, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: true, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolveFiled(http, period, code, out var month, out var badPeriod)) return badPeriod!;
        return TypedResults.Ok(await workflow.CheckAsync(resolved.Unit!, month, ct));
    }

    private static async Task<Results<Ok<List<ReportView>>, ProblemHttpResult>> ReportsAsync(string code, string? period, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, ReportDeriver deriver, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        var result = new List<ReportView>();
        foreach (var (template, reportPeriod) in calendar.DueReports(month))
        {
            var t = template.Template;
            // A department user (县民政局) receives their own department's reports.
            if (user.Role == AccountRole.Department && user.Department is { } department && t.Department != department) continue;
            var row = await deriver.GetRowAsync(t.Id, t.Version, reportPeriod.Key, code, ct);
            result.Add(new ReportView(t.Id, t.Version, t.Title, t.Department, reportPeriod.Key,
                t.Columns.Select(c => new ColumnView(c.Id, c.Title, c.Unit, c.TitleEn)).ToList(),
                row?.Values ?? new Dictionary<string, object?>(),
                row?.Checks.Select(c => CheckView.Of(t, c.Level, c.Message, c.Passed)).ToList() ?? [],
                row?.Narrative, row?.ComputedAt, t.TitleEn));
        }
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<List<AuditView>>, ProblemHttpResult>> AuditAsync(string code, string? period, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, IFormHubStore store, CancellationToken ct)
    {
        if (await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: false, ct) is { Problem: { } refused }) return refused;
        string? month = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!calendar.TryResolve(http, period, out var resolved, out var badPeriod)) return badPeriod!;
            month = resolved.Key;
        }
        var lines = await store.ListAuditAsync(code, month, 200, ct);
        return TypedResults.Ok(lines.Select(a => new AuditView(a.At, a.User, a.Action, a.Period, a.Detail)).ToList());
    }

    internal static SubmissionView Describe(Submission s, FilingCalendar calendar, Period month) =>
        new(s.VillageCode, s.Period, s.Status, calendar.IsLate(s, month), s.Revision, s.Version, s.Comment, s.UpdatedBy, s.UpdatedAt);

    internal static BurdenView Describe(BurdenFigure f, HttpContext http) =>
        new(f.UnitCode, f.UnitName, f.Period, f.Reports, f.Villages, f.CellsDelivered, f.ValuesTyped, f.FillFreeRate,
            Problems.Language.IsEnglish(http) ? f.SummaryEn : f.SummaryZh);
}
