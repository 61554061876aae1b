using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;

namespace FormHub.Reports.Admission;

/// <summary>
/// Computes a draft's <see cref="AdmissionAnalysis"/> from the catalog and the current data of every village: one pass
/// over the villages reads each village once, counts the entities and missing values behind the new fields, and
/// evaluates the draft beside the admitted reports of the same frequency to find duplicated columns.
/// </summary>
public sealed class AdmissionAnalyzer(IFormHubStore store, TemplateLibrary library, TemplateEvaluator evaluator, TimeProvider? clock = null)
{
    // The catalog version the store holds now: a field an admin just added counts as kept.
    private FieldCatalog catalog => store.Catalog;

    private readonly VillageScopeLoader _loader = new(store);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Analyses <paramref name="draft"/> over the villages of <paramref name="within"/>: the admin's own county (an admin of a
    /// city or province: every county beneath it), whose cadres would do the typing.
    /// </summary>
    public async Task<AdmissionAnalysis> AnalyseAsync(CompiledTemplate draft, RegionCode within, CancellationToken ct = default)
    {
        var t = draft.Template;
        var period = Period.Containing(_clock.Today(), t.Period);
        var tree = new RegionTree(await store.GetRegionsAsync(ct), "regions");
        var area = tree.Find(within) ?? new OrgUnit(within, within.Value);
        var villages = area.Level == OrgLevel.Village ? [area] : tree.Descendants(area.Code, OrgLevel.Village).ToList();

        // Admitted = in force now (not stopped); a field the draft's own earlier version reads is kept already.
        var inForce = library.Ids
            .Select(id => library.Versions(id) is [.., var latest] ? library.InForce(id, Period.Containing(_clock.Today(), latest.Template.Period)) : null)
            .OfType<CompiledTemplate>().ToList();
        var sameKind = inForce.Where(a => a.Template.Period == t.Period && a.Template.Id != t.Id).ToList();
        var readBy = inForce.SelectMany(a => a.FieldsRead.Select(f => (Field: f, a.Template.Id)))
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().Order(StringComparer.Ordinal).ToList());
        var fresh = draft.FieldsRead.Where(f => !readBy.ContainsKey(f) && catalog.FindField(f) is not null).ToHashSet(StringComparer.Ordinal);

        // Per (draft column, other template, other column) with the same fields: still equal in every village so far?
        var pairs = draft.Order.Where(c => c.Expression.FieldsRead.Count > 0)
            .SelectMany(c => sameKind.SelectMany(o => o.Order
                .Where(oc => oc.Expression.FieldsRead.SetEquals(c.Expression.FieldsRead))
                .Select(oc => (Draft: c.Column, Other: o, OtherColumn: oc.Column))))
            .ToDictionary(p => p, _ => true);
        var values = fresh.ToDictionary(f => f, _ => 0L);

        var types = draft.EntityTypesRead.Concat(pairs.Keys.SelectMany(p => p.Other.EntityTypesRead)).Distinct().ToList();
        foreach (var village in villages)
        {
            var scope = await _loader.LoadAsync(village, period, types, ct);
            foreach (var field in fresh)
            {
                var definition = catalog.FindField(field)!;
                var entities = scope.Entities.GetValueOrDefault(definition.EntityType) ?? [];
                // A periodic value is typed every period for every record; an attribute once, for the records without it.
                values[field] += definition.Kind == FieldKind.Periodic ? entities.Count : entities.Count(e => e[definition.Name] is null);
            }
            if (pairs.Values.All(equal => !equal)) continue;
            var mine = evaluator.Evaluate(draft, scope, ct);
            foreach (var other in pairs.Where(p => p.Value).Select(p => p.Key.Other).Distinct().ToList())
            {
                var theirs = evaluator.Evaluate(other, scope, ct);
                foreach (var pair in pairs.Keys.Where(p => p.Other == other && pairs[p]).ToList())
                {
                    pairs[pair] = !mine.CellErrors.ContainsKey(pair.Draft.Id) && !theirs.CellErrors.ContainsKey(pair.OtherColumn.Id)
                                  && Equals(mine.Values.GetValueOrDefault(pair.Draft.Id), theirs.Values.GetValueOrDefault(pair.OtherColumn.Id));
                }
            }
        }

        var fields = draft.FieldsRead.Order(StringComparer.Ordinal).Select(key =>
        {
            var definition = catalog.FindField(key);
            var kept = !fresh.Contains(key);
            var typed = kept ? 0 : values[key];
            return new AdmissionField(key, definition?.LabelZh ?? key, definition?.OwnerDepartment ?? "由公民身份号码推算",
                definition?.Kind == FieldKind.Periodic, kept, readBy.GetValueOrDefault(key) ?? [], typed,
                villages.Count == 0 ? 0 : Math.Round((decimal)typed / villages.Count, 1, MidpointRounding.AwayFromZero));
        }).ToList();
        var duplicates = villages.Count == 0 ? [] : pairs.Where(p => p.Value).Select(p => new DuplicateColumn(p.Key.Draft.Id, p.Key.Draft.Title,
            p.Key.Other.Template.Id, p.Key.Other.Template.Title, p.Key.OtherColumn.Id, p.Key.OtherColumn.Title)).ToList();

        var cells = (long)t.Columns.Count * villages.Count;
        var typedNew = fields.Sum(f => f.ValuesPerPeriod);
        var month = Period.Containing(_clock.Today(), PeriodType.Monthly);
        var before = await new BurdenCalculator(store, library).ForUnitAsync(area, month, ct);
        var after = before with { Reports = before.Reports + 1, CellsDelivered = before.CellsDelivered + cells, ValuesTyped = before.ValuesTyped + typedNew };
        return new AdmissionAnalysis(t.Id, t.Version, t.Title, t.Department, t.Period.ToString().ToLowerInvariant(), period.Key, villages.Count,
            fields, duplicates, cells, typedNew, before, after);
    }
}
