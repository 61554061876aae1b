using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Exports;
using FormHub.Exports.Excel;
using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Reports.Admission;
using FormHub.Reports.Templates;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;
using FormHub.Storage.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// 报表模板 and 报表准入 (admins only): the templates in the store, the editor's check and live preview, publishing with
/// effective_from, 停报, the admission analysis and decision, and the 准入清单 (page and Excel). The rules are the domain's
/// (<see cref="TemplatePublisher"/>, <see cref="AdmissionRegister"/>); this maps them to HTTP.
/// </summary>
public static class TemplatesApi
{
    public sealed record TemplateSummary(string Id, string Title, string Department, string Period, int LatestVersion, int? VersionInForce,
        string? StoppedFrom, int Columns, int Fields);

    public sealed record LogLine(long Seq, string Kind, int? Version, string? Period, string User, DateTimeOffset At, string? Note);

    public sealed record TemplateDetail(TemplateSummary Summary, string Yaml, string CurrentPeriod, IReadOnlyList<LogLine> History);

    /// <summary>A stored template left out of the library: <paramref name="Problems"/> name the version (<c>File</c>), line and column.</summary>
    public sealed record BrokenAnswer(string TemplateId, IReadOnlyList<BrokenProblem> Problems);

    public sealed record BrokenProblem(string File, int Line, int Column, string Message);

    public sealed record YamlAnswer(string TemplateId, int Version, string Yaml);

    public sealed record DraftRequest(string? Yaml);

    public sealed record ProblemLine(int Line, int Column, string Message);

    public sealed record DraftSummary(string Id, int Version, string Title, string Department, string Period, IReadOnlyList<string> Columns, IReadOnlyList<string> FieldsRead,
        int? VersionInForce, string? YamlInForce);

    public sealed record CheckAnswer(bool Ok, IReadOnlyList<ProblemLine> Problems, DraftSummary? Draft);

    public sealed record PreviewRequest(string? Yaml, string? Unit, string? Period);

    public sealed record PreviewColumn(string Id, string Title, string? Unit, string? Group, int? Digits);

    public sealed record PreviewRow(string UnitCode, string UnitName, IReadOnlyDictionary<string, string> Cells, IReadOnlyDictionary<string, string> CellErrors);

    public sealed record PreviewCheck(string Level, bool Passed, string Message, string? Failure);

    public sealed record PreviewAnswer(string Title, string? FormNumber, string Department, string Period, string PeriodDisplay, string UnitCode, string UnitName,
        IReadOnlyList<PreviewColumn> Columns, IReadOnlyList<PreviewRow> Rows, PreviewRow Total, IReadOnlyList<PreviewCheck> Checks, string? Narrative);

    public sealed record PublishRequest(string? Yaml, string? EffectiveFrom, string? Note);

    public sealed record StopRequest(string? From, string? Reason);

    public sealed record RevisionAnswer(long Revision);

    public sealed record DecisionRequest(string? Yaml, AdmissionVerdict? Verdict, string? MergeInto, string? Reason);

    public sealed record DecisionAnswer(long Seq, string TemplateId, string Verdict, string VerdictName, string? MergeInto, string Reason, string User, DateTimeOffset At,
        AdmissionAnalysis Analysis);

    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var templates = app.SignedIn("/api/admin/templates", "Templates").AddEndpointFilter<AdminOnlyFilter>();
        templates.MapGet("", ListAsync).WithName("ListTemplates").WithSummary("Every template in the store: latest version, version in force now, 停报");
        templates.MapGet("/broken", BrokenAsync).WithName("ListBrokenTemplates")
            .WithSummary("Stored templates that no longer pass the checker and are not filed, with every problem: the server starts without them");
        templates.MapGet("/{templateId}", DetailAsync).WithName("GetTemplate").WithSummary("A template's latest YAML and its history: versions, who published them, stops");
        templates.MapGet("/{templateId}/versions/{version:int}", VersionAsync).WithName("GetTemplateVersion").WithSummary("The YAML of one published version");
        templates.MapPost("/check", Check).WithName("CheckTemplate").RequireRateLimiting(DraftRunLimit.Checks)
            .WithSummary("Checks a draft with the same checker as `formhub template check`: problems with line and column");
        templates.MapPost("/preview", PreviewAsync).WithName("PreviewTemplate").RequireRateLimiting(DraftRunLimit.Evaluations)
            .WithSummary("Evaluates a draft on the real data of a village, township or the county for a period, storing nothing");
        templates.MapPost("/publish", PublishAsync).WithName("PublishTemplate").AddEndpointFilter<DefinitionsWriterFilter>()
            .WithSummary("Publishes an admitted draft as the next version from effective_from; derives its rows for the open periods");
        templates.MapPost("/{templateId}/stop", StopAsync).WithName("StopTemplate").AddEndpointFilter<DefinitionsWriterFilter>().WithSummary("停报: the report is no longer filed from a period on");
        templates.MapPost("/{templateId}/resume", ResumeAsync).WithName("ResumeTemplate").AddEndpointFilter<DefinitionsWriterFilter>().WithSummary("Lifts a stop");

        var admission = app.SignedIn("/api/admin/admission", "Admission").AddEndpointFilter<AdminOnlyFilter>();
        admission.MapPost("/analysis", AnalyseAsync).WithName("AnalyseAdmission").RequireRateLimiting(DraftRunLimit.Evaluations)
            .WithSummary("报表准入 analysis of a draft: fields kept or new (burden), duplicated columns, effect on the 减负账 figure");
        admission.MapPost("/decisions", DecideAsync).WithName("DecideAdmission").AddEndpointFilter<DefinitionsWriterFilter>().WithSummary("Records 准入 / 不予准入 / 合并到某报表 with the reason");
        admission.MapGet("/list", AdmissionListAsync).WithName("AdmissionList").WithSummary("准入清单: every report in force with department, frequency, fields, first period, burden");
        admission.MapGet("/list/xlsx", AdmissionListXlsxAsync).WithName("AdmissionListXlsx").WithSummary("准入清单 as an Excel workbook");
        return app;
    }

    private static TemplateSummary Summary(TemplateLibrary library, string id, PeriodType type, TimeProvider clock)
    {
        var latest = library.Versions(id)[^1];
        var inForce = library.InForce(id, Period.Containing(clock.Today(), type));
        return new TemplateSummary(id, latest.Template.Title, latest.Template.Department, Frequency(type), latest.Template.Version, inForce?.Template.Version,
            library.StoppedFrom(id), latest.Template.Columns.Count, latest.FieldsRead.Count);
    }

    private static string Frequency(PeriodType type) => type.ToString().ToLowerInvariant();

    private static async Task<Ok<List<TemplateSummary>>> ListAsync(StoredTemplates templates, TimeProvider clock, CancellationToken ct)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        var library = templates.Library;
        return TypedResults.Ok(library.Ids.Select(id => Summary(library, id, library.Versions(id)[^1].Template.Period, clock)).ToList());
    }

    private static async Task<Ok<List<BrokenAnswer>>> BrokenAsync(HttpContext http, StoredTemplates templates, CancellationToken ct)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        return TypedResults.Ok(templates.Broken.Select(b => new BrokenAnswer(b.TemplateId,
            b.Problems.Select(p => new BrokenProblem(p.File, p.Line, p.Column, http.Pick(p.Message))).ToList())).ToList());
    }

    private static async Task<Results<Ok<TemplateDetail>, ProblemHttpResult>> DetailAsync(string templateId, HttpContext http, StoredTemplates templates,
        TimeProvider clock, CancellationToken ct)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        var library = templates.Library;
        if (library.Versions(templateId) is not [.., var latest]) return UnknownTemplate(http, templateId);
        var history = (await templates.HistoryAsync(templateId, ct))
            .Select(e => new LogLine(e.Seq, e.Kind.ToString().ToLowerInvariant(), e.Version, e.Period, e.UserName, e.At, e.Note)).ToList();
        var yaml = await templates.YamlAsync(templateId, latest.Template.Version, ct) ?? "";
        return TypedResults.Ok(new TemplateDetail(Summary(library, templateId, latest.Template.Period, clock), yaml,
            Period.Containing(clock.Today(), latest.Template.Period).Key, history));
    }

    private static async Task<Results<Ok<YamlAnswer>, ProblemHttpResult>> VersionAsync(string templateId, int version, HttpContext http, StoredTemplates templates,
        CancellationToken ct) =>
        await templates.YamlAsync(templateId, version, ct) is { } yaml
            ? TypedResults.Ok(new YamlAnswer(templateId, version, yaml))
            : Problem.NotFound(http, new LocalizedText($"报表“{templateId}”没有第{version}版。", $"Template '{templateId}' has no version {version}."));

    private static ProblemHttpResult UnknownTemplate(HttpContext http, string id) =>
        Problem.NotFound(http, new LocalizedText($"没有编号为“{id}”的报表模板。", $"No template '{id}'."));

    private static List<ProblemLine> Lines(HttpContext http, IEnumerable<SourceProblem> problems) =>
        problems.Select(p => new ProblemLine(p.Line, p.Column, http.Pick(p.Message))).ToList();

    private static ProblemHttpResult Invalid(HttpContext http, IEnumerable<SourceProblem> problems)
    {
        var lines = Lines(http, problems);
        return Problem.Of(http, StatusCodes.Status400BadRequest, new LocalizedText("模板有错误", "The template has problems"),
            new LocalizedText($"模板有 {lines.Count} 处错误，请按行号修改后再试。", $"The template has {lines.Count} problem(s); fix them and try again."),
            new Dictionary<string, object?> { ["problems"] = lines });
    }

    private static ProblemHttpResult Refused(HttpContext http, TemplateRefusal refusal) =>
        refusal.IsConflict ? Problem.Conflict(http, refusal.Text) : Problem.BadRequest(http, refusal.Text);

    private static ProblemHttpResult NoYaml(HttpContext http) =>
        Problem.BadRequest(http, new LocalizedText("请提交模板 YAML（yaml）。", "Send the template YAML ('yaml')."));

    private static Ok<CheckAnswer> Check(DraftRequest request, HttpContext http, StoredTemplates templates, TimeProvider clock)
    {
        var yaml = StoredTemplates.Normalize(request.Yaml ?? "");
        var (passed, problems) = TemplateChecker.Check([("draft.yaml", yaml)], templates.Catalog, templates.FormTemplates, templates.RecordRules);
        DraftSummary? draft = null;
        if (passed is [var compiled])
        {
            var t = compiled.Template;
            var library = templates.Library;
            var inForce = library.Versions(t.Id).Count == 0 ? null : library.InForce(t.Id, Period.Containing(clock.Today(), t.Period)) ?? library.Versions(t.Id)[^1];
            draft = new DraftSummary(t.Id, t.Version, t.Title, t.Department, Frequency(t.Period), t.Columns.Select(c => c.Id).ToList(),
                compiled.FieldsRead.Order(StringComparer.Ordinal).ToList(), inForce?.Template.Version, null);
        }
        return TypedResults.Ok(new CheckAnswer(problems.Count == 0, Lines(http, problems), draft));
    }

    private static async Task<Results<Ok<PreviewAnswer>, ProblemHttpResult>> PreviewAsync(PreviewRequest request, HttpContext http, CurrentUser user,
        UnitAccess access, StoredTemplates templates, DraftPreview preview, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Yaml)) return NoYaml(http);
        var (passed, problems) = TemplateChecker.Check([("draft.yaml", StoredTemplates.Normalize(request.Yaml))], templates.Catalog, templates.FormTemplates, templates.RecordRules);
        if (problems.Count > 0) return Invalid(http, problems);
        var compiled = passed[0];
        var t = compiled.Template;
        if (!Period.TryParse(request.Period, out var period, out var error)) return Problem.BadRequest(http, error);
        if (period.Type != t.Period)
            return Problem.BadRequest(http, new LocalizedText($"模板是{FrequencyZh(t.Period)}，请选择同类期别（如 {Period.Containing(period.Start, t.Period).Key}）",
                $"The template is {Frequency(t.Period)}; choose a period like {Period.Containing(period.Start, t.Period).Key}"));
        var resolved = await access.ResolveAsync(http, user, request.Unit ?? "", UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        var unit = resolved.Unit!;
        var (own, children) = await preview.PreviewAsync(compiled, unit, period, ct);
        var columns = t.Columns.Select(c => new PreviewColumn(c.Id, c.Title, c.Unit, c.Group, c.Digits)).ToList();
        PreviewRow Row(OrgUnit u, ReportRow row) => new(u.Code.Value, u.Name,
            t.Columns.ToDictionary(c => c.Id, c => CellText.Format(row[c.Id], c.Digits)),
            row.CellErrors.ToDictionary(e => e.Key, e => http.Pick(e.Value)));
        return TypedResults.Ok(new PreviewAnswer(t.Title, t.FormNumber, t.Department, period.Key, period.DisplayZh, unit.Code.Value, unit.Name, columns,
            children.Select(c => Row(c.Unit, c.Row)).ToList(), Row(unit, own),
            own.Checks.Select(c => new PreviewCheck(c.Level.ToString().ToLowerInvariant(), c.Passed, c.Message, c.Failure is { } f ? http.Pick(f.Message) : null)).ToList(),
            own.Narrative));
    }

    private static string FrequencyZh(PeriodType type) => type switch { PeriodType.Monthly => "月报", PeriodType.Quarterly => "季报", _ => "年报" };

    private static async Task<Results<Ok<PublishResult>, ProblemHttpResult>> PublishAsync(PublishRequest request, HttpContext http, CurrentUser user,
        TemplatePublisher publisher, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Yaml)) return NoYaml(http);
        try
        {
            return TypedResults.Ok(await publisher.PublishAsync(request.Yaml, request.EffectiveFrom, user.UserName, request.Note, ct));
        }
        catch (SourceProblemException e) { return Invalid(http, e.Problems); }
        catch (TemplateRefusal e) { return Refused(http, e); }
    }

    private static async Task<Results<Ok<RevisionAnswer>, ProblemHttpResult>> StopAsync(string templateId, StopRequest request, HttpContext http, CurrentUser user,
        TemplatePublisher publisher, CancellationToken ct)
    {
        try { return TypedResults.Ok(new RevisionAnswer(await publisher.StopAsync(templateId, request.From ?? "", user.UserName, request.Reason ?? "", ct))); }
        catch (TemplateRefusal e) { return Refused(http, e); }
    }

    private static async Task<Results<Ok<RevisionAnswer>, ProblemHttpResult>> ResumeAsync(string templateId, HttpContext http, CurrentUser user,
        TemplatePublisher publisher, CancellationToken ct)
    {
        try { return TypedResults.Ok(new RevisionAnswer(await publisher.ResumeAsync(templateId, user.UserName, ct))); }
        catch (TemplateRefusal e) { return Refused(http, e); }
    }

    private static async Task<Results<Ok<AdmissionAnalysis>, ProblemHttpResult>> AnalyseAsync(DraftRequest request, HttpContext http, CurrentUser user,
        AdmissionRegister register, AdmissionAnalyzer analyzer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Yaml)) return NoYaml(http);
        // The admin's own area: a county's admin weighs the burden on that county's villages, not on the first county stored.
        try { return TypedResults.Ok(await analyzer.AnalyseAsync(register.Compile(request.Yaml), user.View, ct)); }
        catch (SourceProblemException e) { return Invalid(http, e.Problems); }
    }

    private static async Task<Results<Ok<DecisionAnswer>, ProblemHttpResult>> DecideAsync(DecisionRequest request, HttpContext http, CurrentUser user,
        AdmissionRegister register, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Yaml)) return NoYaml(http);
        if (request.Verdict is not { } verdict)
            return Problem.BadRequest(http, new LocalizedText("请选择准入决定：准入、不予准入或合并到某报表。", "Choose a verdict: admitted, refused or merged."));
        try
        {
            var (d, analysis) = await register.DecideAsync(request.Yaml, verdict, request.MergeInto, request.Reason, user.UserName, user.View, ct);
            return TypedResults.Ok(new DecisionAnswer(d.Seq, d.TemplateId, d.Verdict.ToString().ToLowerInvariant(), AdmissionNames.Zh(d.Verdict), d.MergeInto, d.Reason,
                d.UserName, d.At, analysis));
        }
        catch (SourceProblemException e) { return Invalid(http, e.Problems); }
        catch (TemplateRefusal e) { return Refused(http, e); }
    }

    private static async Task<Ok<IReadOnlyList<AdmissionListEntry>>> AdmissionListAsync(AdmissionRegister register, CancellationToken ct) =>
        TypedResults.Ok(await register.ListAsync(ct));

    private static async Task<PushStreamHttpResult> AdmissionListXlsxAsync(CurrentUser user, AdmissionRegister register, RegionDirectory regions,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var entries = await register.ListAsync(ct);
        var area = (await regions.GetAsync(ct)).Find(user.View);
        var table = AdmissionListTable.Build(entries, user.View.Value, area?.Name ?? user.View.Value, clock.Today());
        return TypedResults.Stream(stream => GeneratedWorkbookWriter.WriteAsync(table, stream, http.RequestAborted), ExportFile.XlsxContentType,
            $"报表准入清单_{table.UnitName}_{table.PeriodKey}.xlsx");
    }
}
