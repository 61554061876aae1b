using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;

namespace FormHub.Reports;

/// <summary>
/// Computes the burden figure (减负账) for any unit: cells come from the materialized village rows of every report filed
/// in the period (a cell whose expression failed is not counted as delivered), typed values from the event log.
/// </summary>
public sealed class BurdenCalculator(IFormHubStore store, TemplateLibrary library)
{
    /// <summary>The figure for <paramref name="unit"/> (a village, or the sum over the villages beneath it) and a month, quarter or year.</summary>
    public async Task<BurdenFigure> ForUnitAsync(OrgUnit unit, Period period, CancellationToken ct = default)
    {
        var perVillage = await PerVillageAsync(unit, period, ct);
        return new BurdenFigure(unit.Code.Value, unit.Name, period.Key, library.FiledIn(period).Count(), perVillage.Count,
            perVillage.Sum(v => v.CellsDelivered), perVillage.Sum(v => v.ValuesTyped));
    }

    /// <summary>The figure of every village beneath <paramref name="unit"/> (or the village itself).</summary>
    public async Task<IReadOnlyList<BurdenFigure>> PerVillageAsync(OrgUnit unit, Period period, CancellationToken ct = default)
    {
        var tree = new RegionTree(await store.GetRegionsAsync(ct), "regions");
        var villages = unit.Level == OrgLevel.Village ? [unit] : tree.Descendants(unit.Code, OrgLevel.Village).ToList();
        var reports = library.FiledIn(period).ToList();

        // The cadre's typing is counted over the calendar span of the period, in China time.
        var from = new DateTimeOffset(period.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var to = new DateTimeOffset(period.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var typed = await store.CountTypedValuesAsync(unit.Code, from, to, ct);

        var cells = new Dictionary<string, long>();
        foreach (var (template, reportPeriod) in reports)
        {
            foreach (var stored in await store.GetReportRowsAsync(template.Template.Id, template.Template.Version, reportPeriod.Key, unit.Code.Value, OrgLevel.Village, ct))
            {
                var row = ReportRowPayload.Read(stored);
                cells[row.UnitCode] = cells.GetValueOrDefault(row.UnitCode) + row.Values.Count - row.CellErrors.Count;
            }
        }
        return villages.Select(v => new BurdenFigure(v.Code.Value, v.Name, period.Key, reports.Count, 1,
            cells.GetValueOrDefault(v.Code.Value), typed.GetValueOrDefault(v.Code.Value))).ToList();
    }
}
