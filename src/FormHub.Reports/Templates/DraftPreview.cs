using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;

namespace FormHub.Reports.Templates;

/// <summary>
/// A draft template evaluated on the real data without storing anything (the editor's live preview): a village's row, or a
/// township's or the county's with every village beneath derived and rolled up the same way the reports are. Last
/// period's row (<c>prev</c>) is the stored one of the version in force, as reports read it. The draft's scripts and
/// narrative run on <see cref="LowPriorityLane.Drafts"/>: unreviewed code yields the cores to the cadres' saves.
/// </summary>
public sealed class DraftPreview(IFormHubStore store, TemplateLibrary library, TemplateEvaluator evaluator, NarrativeRenderer narrative, TimeProvider? clock = null)
{
    private readonly VillageScopeLoader _loader = new(store);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// A village's scope kept between previews while the village is unchanged: the editor previews draft after draft on
    /// one village, and reading its residents is most of a preview. Areas read their villages afresh (a township's thirty
    /// villages would only push the kept ones out).
    /// </summary>
    public VillageScopeCache Scopes { get; } = new(store);

    /// <summary>The unit's row and its direct children's rows (none for a village), in code order.</summary>
    public async Task<(ReportRow Unit, IReadOnlyList<(OrgUnit Unit, ReportRow Row)> Children)> PreviewAsync(CompiledTemplate template, OrgUnit unit, Period period,
        CancellationToken ct = default)
    {
        if (unit.Level == OrgLevel.Village)
        {
            // A village has nothing above it to roll up here, so the region list is not read.
            return (await VillageRowAsync(template, unit, period, await Scopes.LoadAsync(unit, period, template.EntityTypesRead, ct, template.FieldsToLoad(store.Catalog)), ct), []);
        }
        var tree = new RegionTree(await store.GetRegionsAsync(ct), "regions");
        var villages = tree.Descendants(unit.Code, OrgLevel.Village).ToList();
        var rows = new Dictionary<string, ReportRow>(StringComparer.Ordinal);
        foreach (var village in villages)
        {
            rows[village.Code.Value] = await VillageRowAsync(template, village, period,
                await _loader.LoadAsync(village, period, template.EntityTypesRead, ct, template.FieldsToLoad(store.Catalog)), ct);
        }
        var above = villages.SelectMany(v => tree.Ancestors(v.Code)).Where(a => a.Code.IsWithin(unit.Code))
            .DistinctBy(a => a.Code).OrderByDescending(a => a.Level);
        foreach (var area in above)
        {
            var children = tree.Children(area.Code).Select(c => rows.GetValueOrDefault(c.Code.Value)?.Values).OfType<IReadOnlyDictionary<string, object?>>();
            var scope = new EvaluationScope(new ScriptUnit(area.Code.Value, area.Name, area.Level), period)
            {
                PreviousRow = await PreviousAsync(template, area.Code.Value, period, ct),
            };
            rows[area.Code.Value] = await LowPriorityLane.Drafts.RunAsync(
                () => Row(template, area, period, evaluator.EvaluateRollup(template, scope, children, ct), scope.PreviousRow, ct), ct);
        }
        var below = tree.Children(unit.Code).Where(c => rows.ContainsKey(c.Code.Value)).Select(c => (c, rows[c.Code.Value])).ToList();
        return (rows[unit.Code.Value], below);
    }

    private async Task<ReportRow> VillageRowAsync(CompiledTemplate template, OrgUnit village, Period period, EvaluationScope scope, CancellationToken ct)
    {
        scope = scope with { PreviousRow = await PreviousAsync(template, village.Code.Value, period, ct) };
        return await LowPriorityLane.Drafts.RunAsync(() => Row(template, village, period, evaluator.Evaluate(template, scope, ct), scope.PreviousRow, ct), ct);
    }

    private async Task<IReadOnlyDictionary<string, object?>> PreviousAsync(CompiledTemplate template, string unit, Period period, CancellationToken ct)
    {
        if (library.InForce(template.Template.Id, period.Previous) is not { } earlier) return new Dictionary<string, object?>();
        var stored = await store.GetReportRowAsync(earlier.Template.Id, earlier.Template.Version, period.Previous.Key, unit, ct);
        return stored is null ? new Dictionary<string, object?>() : ReportRowPayload.Read(stored).Values;
    }

    private ReportRow Row(CompiledTemplate template, OrgUnit unit, Period period, RowResult result, IReadOnlyDictionary<string, object?> previous, CancellationToken ct) =>
        new(template.Template.Id, template.Template.Version, period.Key, unit.Code.Value, unit.Level, result.Values,
            result.CellErrors.ToDictionary(e => e.Key, e => e.Value.Message), result.Checks,
            narrative.Render(template.Template, period, unit.Name, unit.Code.Value, result.Values, previous, ct), _clock.GetUtcNow());
}
