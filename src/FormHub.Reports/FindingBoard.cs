using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Rules;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// What one viewer is shown of the stored findings: the rules meant for them (a rule's <c>audience</c>; a department
/// user only their own department's rules), each finding with its rule, whether it is new this month (not open last
/// month) and, on an eligibility list, the outcome recorded for the person. Masking of the values at fault is the
/// caller's (it depends on who may see which field).
/// </summary>
public sealed class FindingBoard(IFormHubStore store, RuleBook rules, TemplateLibrary? templates = null)
{
    public RuleBook Rules => rules;

    /// <summary>The record rules and, with a template library, the outlier checks of its numeric columns (<see cref="Outliers.OutlierRules"/>).</summary>
    public IEnumerable<RecordRule> AllRules =>
        templates is null ? rules.Rules.Select(r => r.Rule) : rules.Rules.Select(r => r.Rule).Concat(Outliers.OutlierRules.Describe(templates));

    public async Task<IReadOnlyList<FindingEntry>> ListAsync(RegionCode unit, Period month, RuleAudience viewer, string? department, RuleKind? kind,
        CancellationToken ct = default)
    {
        var visible = AllRules
            .Where(r => IsShownTo(r, viewer, department) && (kind is null || r.Kind == kind))
            .ToDictionary(r => r.Id);
        if (visible.Count == 0) return [];
        var current = await store.ListFindingsAsync(unit.Value, month.Key, ct: ct);
        var previous = (await store.ListFindingsAsync(unit.Value, month.Previous.Key, ct: ct)).Select(f => (f.RuleId, f.EntityId)).ToHashSet();
        var outcomes = visible.Values.Any(r => r.Kind == RuleKind.Eligibility)
            ? (await store.ListEligibilityOutcomesAsync(unit.Value, ct)).ToDictionary(o => (o.RuleId, o.EntityId))
            : [];
        return current
            .Where(f => visible.ContainsKey(f.RuleId))
            .Select(f => new FindingEntry(f, visible[f.RuleId], !previous.Contains((f.RuleId, f.EntityId)), outcomes.GetValueOrDefault((f.RuleId, f.EntityId))))
            .OrderBy(e => e.Rule.Level).ThenBy(e => e.Finding.VillageCode, StringComparer.Ordinal).ThenBy(e => e.Rule.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Finding.AppearedAt)
            .ToList();
    }

    /// <summary>Whether a rule's findings are meant for this viewer (an admin, <see cref="RuleAudience.None"/> here, sees every rule).</summary>
    public static bool IsShownTo(RecordRule rule, RuleAudience viewer, string? department) => viewer switch
    {
        RuleAudience.None => true,
        RuleAudience.Department => rule.Audience.HasFlag(RuleAudience.Department) && rule.Department == department,
        _ => rule.Audience.HasFlag(viewer),
    };
}
