using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Rules;
using FormHub.Core.Text;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Reports.Outliers;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// Findings of record rules naming records (智能校验) and eligibility lists (免申即享): the cadre's village, the
/// reviewer's township, the department's area (its own department's rules only, no private fields), and the outcome a
/// cadre or the owning department records for a person on a list.
/// </summary>
public static class FindingsApi
{
    public sealed record FindingValueView(string Field, string LabelZh, string LabelEn, string? Value, bool Masked);

    public sealed record FindingView(Guid Id, string RuleId, string RuleTitle, string Kind, string Level, string Department, Guid EntityId,
        string EntityType, string? Name, string VillageCode, string VillageName, string Message, IReadOnlyList<FindingValueView> Values, string? Gap,
        DateTimeOffset AppearedAt, bool NewThisMonth, bool CanOpen, OutcomeView? Outcome, string? RuleTitleEn = null, string? MessageEn = null)
    {
        /// <summary>The finding's other records (an across-villages rule), as this viewer may see them.</summary>
        public IReadOnlyList<RelatedView> Related { get; init; } = [];
    }

    /// <summary>
    /// Another record of an across-villages finding. Outside the viewer's scope only its village is named: no id, no name,
    /// no link (a cadre learns the person is also registered there, nothing of that village's records). Inside it, the
    /// record's id and name and a link (<see cref="CanOpen"/>) for users who see individuals.
    /// </summary>
    public sealed record RelatedView(string VillageCode, string VillageName, Guid? EntityId, string? Name, bool CanOpen);

    public sealed record OutcomeView(string Outcome, string? Reason, string RecordedBy, DateTimeOffset RecordedAt);

    public sealed record FindingList(string Unit, FormApi.PeriodView Period, IReadOnlyList<FindingView> Items, int Open, int New, int Worked);

    public sealed record OutcomeRequest(string? RuleId, Guid? EntityId, string? Outcome, string? Reason);

    public static IEndpointRouteBuilder MapFindingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/findings", "Findings");
        group.MapGet("/{unit}", ListAsync).WithName("ListFindings")
            .WithSummary("Open findings of record rules (kind=check, including outliers of report columns), outliers only (kind=outlier, optionally of one template=) or eligibility lists (kind=eligibility) for a month in a village, township or county, as the viewer may see them; rule= (and gap=) narrows to one rule's records, as a report check that names them asks");
        group.MapPost("/outcomes", RecordOutcomeAsync).WithName("RecordEligibilityOutcome")
            .WithSummary("Records what was done about a person on an eligibility list (已核实, 已申请, 不符合 with a reason); audited");
        return app;
    }

    private static async Task<Results<Ok<FindingList>, ProblemHttpResult>> ListAsync(string unit, string? period, string? kind, string? template, string? rule, string? gap, HttpContext http,
        CurrentUser user, UnitAccess access, FilingCalendar calendar, FindingBoard board, FieldCatalog catalog, RegionDirectory regions, IFormHubStore store,
        CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, unit, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        RuleKind? which = kind switch
        {
            "check" or "outlier" => RuleKind.Check,
            "eligibility" => RuleKind.Eligibility,
            _ => null,
        };
        if (which is null && !string.IsNullOrEmpty(kind))
            return Problem.BadRequest(http, new LocalizedText("kind 应为 check（校验）、outlier（异常值）或 eligibility（免申即享名单）。",
                "kind must be check, outlier or eligibility."));

        var entries = await board.ListAsync(resolved.Unit!.Code, month, Viewer(user), user.Department, which, ct);
        // kind=outlier (and template=) narrows to the outlier checks of report columns, as the report view shows them.
        if (kind == "outlier" || !string.IsNullOrEmpty(template))
        {
            var prefix = string.IsNullOrEmpty(template) ? OutlierRules.Prefix : OutlierRules.IdOf(template, "");
            entries = entries.Where(e => e.Finding.RuleId.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        }
        // rule= (and gap=): the records one rule names, as a report's check that concerns records lists them (TemplateCheck.Records).
        if (!string.IsNullOrEmpty(rule))
            entries = entries.Where(e => e.Finding.RuleId == rule && (string.IsNullOrEmpty(gap) || e.Finding.Gap == gap)).ToList();
        var tree = await regions.GetAsync(ct);
        // Names for the record links, in one read; department users get no record links.
        var names = user.SeesIndividuals
            ? (await store.GetManyAsync(entries.Select(e => e.Finding.EntityId)
                .Concat(entries.SelectMany(e => e.Finding.Related).Where(r => user.CanView(RegionCode.Parse(r.VillageCode))).Select(r => r.EntityId))
                .Distinct().ToList(), ct)).ToDictionary(d => d.Key, d => d.Value["name"] as string)
            : [];
        var items = entries.Select(e => View(e, user, catalog, tree, names.GetValueOrDefault(e.Finding.EntityId)) with
        {
            Related = e.Finding.Related.Select(r => Related(r, user, tree, names)).ToList(),
        }).ToList();
        return TypedResults.Ok(new FindingList(resolved.Unit.Code.Value,
            new FormApi.PeriodView(month.Key, month.DisplayZh, month.Start, month.End, calendar.DueDate(month)), items,
            items.Count(i => i.Outcome is null), items.Count(i => i.NewThisMonth), items.Count(i => i.Outcome is not null)));
    }

    internal static RuleAudience Viewer(CurrentUser user) => user.Role switch
    {
        AccountRole.Cadre => RuleAudience.Cadre,
        AccountRole.Reviewer => RuleAudience.Reviewer,
        AccountRole.Department => RuleAudience.Department,
        _ => RuleAudience.None,
    };

    private static FindingView View(FindingEntry entry, CurrentUser user, FieldCatalog catalog, RegionTree tree, string? name)
    {
        var f = entry.Finding;
        var inFull = FieldMasking.SeesInFull(user, f.VillageCode);
        var raw = f.Values.ToDictionary(v => v.Key, v => (object?)v.Value);
        var (shown, masked) = FieldMasking.Apply(catalog, f.EntityType, raw, inFull);
        var values = new List<FindingValueView>();
        foreach (var (fieldName, value) in shown)
        {
            var field = catalog.FindField(f.EntityType, fieldName);
            // Department users see no residents' private fields at all, masked or not.
            if (!user.SeesIndividuals && field?.Sensitivity is Sensitivity.Sensitive or Sensitivity.Secret) continue;
            values.Add(new FindingValueView(fieldName, field?.LabelZh ?? DerivedLabel(fieldName).Zh, field?.LabelEn ?? DerivedLabel(fieldName).En, value as string, masked.Contains(fieldName)));
        }
        var outcome = entry.Outcome is { } o ? new OutcomeView(o.Outcome, o.Reason, o.RecordedBy, o.RecordedAt) : null;
        return new FindingView(f.Id, f.RuleId, entry.Rule.Title, entry.Rule.Kind == RuleKind.Eligibility ? "eligibility" : "check",
            entry.Rule.Level.ToString().ToLowerInvariant(), entry.Rule.Department, f.EntityId, f.EntityType, name, f.VillageCode,
            tree.Find(f.VillageCode)?.Name ?? f.VillageCode, f.Message, values, f.Gap, f.AppearedAt, entry.NewThisMonth,
            // The record's dialog is the village's own cadre's (reviewers read it through the roster they may open).
            user.SeesIndividuals && user.CanView(RegionCode.Parse(f.VillageCode)), outcome, entry.Rule.TitleEn, f.MessageEn);
    }

    private static RelatedView Related(FindingLink link, CurrentUser user, RegionTree tree, IReadOnlyDictionary<Guid, string?> names)
    {
        var unit = tree.Find(link.VillageCode);
        var township = unit?.Code.Parent is { } parent ? tree.Find(parent)?.Name : null;
        var villageName = (township ?? "") + (unit?.Name ?? link.VillageCode);
        var inScope = user.SeesIndividuals && user.CanView(RegionCode.Parse(link.VillageCode));
        return inScope ? new RelatedView(link.VillageCode, villageName, link.EntityId, names.GetValueOrDefault(link.EntityId), true)
            : new RelatedView(link.VillageCode, villageName, null, null, false);
    }

    private static (string Zh, string En) DerivedLabel(string name) => name switch
    {
        DerivedFields.Age => ("年龄", "Age"),
        DerivedFields.Gender => ("性别", "Gender"),
        DerivedFields.BirthDate => ("出生日期", "Birth date"),
        // The values an outlier finding names (FormHub.Reports.Outliers).
        "value" => ("本期值", "This period"),
        "history" => ("近期范围", "Recent range"),
        "peers" => ("本乡镇其他村", "Other villages of the township"),
        "expected" => ("预期范围", "Expected range"),
        "bounds" => ("设定范围", "Set bounds"),
        _ => (name, name),
    };

    private static async Task<Results<Ok<OutcomeView>, ProblemHttpResult>> RecordOutcomeAsync(OutcomeRequest request, HttpContext http, CurrentUser user,
        FindingBoard board, IFormHubStore store, TimeProvider clock, CancellationToken ct)
    {
        if (request.RuleId is not { } ruleId || request.EntityId is not { } entityId || string.IsNullOrWhiteSpace(request.Outcome))
            return Problem.BadRequest(http, new LocalizedText("请给出名单（ruleId）、人员（entityId）和处理结果（outcome）。未记录任何结果。",
                "Give the list (ruleId), the person (entityId) and the outcome. Nothing was recorded."));
        var outcome = request.Outcome.Trim();
        if (!EligibilityOutcome.Allowed.Contains(outcome))
            return Problem.BadRequest(http, new LocalizedText($"处理结果应为 {string.Join("、", EligibilityOutcome.Allowed)} 之一。未记录任何结果。",
                "The outcome must be 已核实 (checked), 已申请 (applied) or 不符合 (not eligible). Nothing was recorded."));
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (outcome == "不符合" && reason is null)
            return Problem.BadRequest(http, new LocalizedText("选“不符合”时请写明原因。未记录任何结果。", "Give the reason for 不符合 (not eligible). Nothing was recorded."));
        if (reason is { Length: > 200 })
            return Problem.BadRequest(http, new LocalizedText("原因不超过 200 字。未记录任何结果。", "The reason may be at most 200 characters. Nothing was recorded."));
        if (board.Rules.Find(ruleId)?.Rule is not { Kind: RuleKind.Eligibility } rule)
            return Problem.NotFound(http, new LocalizedText($"没有名为“{ruleId}”的免申即享名单。", $"There is no eligibility list '{ruleId}'."));
        var mayRecord = user.Role switch
        {
            AccountRole.Cadre => rule.Audience.HasFlag(RuleAudience.Cadre),
            AccountRole.Department => rule.Audience.HasFlag(RuleAudience.Department) && rule.Department == user.Department,
            _ => false,
        };
        if (!mayRecord)
            return Problem.Forbidden(http, new LocalizedText($"只有本村村干部或{rule.Department}部门的用户可以处理这份名单。",
                $"Only the village's cadre or users of {rule.Department} work this list."));
        var record = await store.GetAsync(entityId, ct);
        // Out of scope and unknown look the same, so probing reveals nothing.
        if (record is null || record.EntityType != rule.EntityType || !user.CanView(RegionCode.Parse(record.VillageCode))
            || (user.Role == AccountRole.Cadre && !user.CanCapture(RegionCode.Parse(record.VillageCode))))
            return Problem.NotFound(http, new LocalizedText($"您的辖区内没有编号为 {entityId} 的人员。", $"No person {entityId} in your area."));

        var now = clock.GetUtcNow();
        var saved = new EligibilityOutcome(rule.Id, entityId, record.VillageCode, outcome, reason, user.UserName, now);
        var name = record["name"] as string ?? entityId.ToString();
        await store.SaveEligibilityOutcomeAsync(saved, new AuditEntry(0, now, user.UserName, "eligibility.outcome", record.VillageCode, null,
            $"{rule.Title}：{name} {outcome}{(reason is null ? "" : "（" + reason + "）")}"), ct);
        return TypedResults.Ok(new OutcomeView(outcome, reason, user.UserName, now));
    }
}
