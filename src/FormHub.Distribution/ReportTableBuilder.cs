using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Exports;
using FormHub.Reports;
using FormHub.Scripting.Compilation;
using FormHub.Filing;

namespace FormHub.Distribution;

/// <summary>How much of the area a report table shows.</summary>
public enum ReportDepth
{
    /// <summary>The report view: the area's own row and one row per direct child (county → townships → villages), for drill-down.</summary>
    Children,
    /// <summary>Exports: every village, each township's subtotal after its villages, the area's total last.</summary>
    Full,
}

/// <summary>Builds a <see cref="ReportTable"/> from the materialized report rows (never re-deriving: what is shown is what is stored).</summary>
public sealed class ReportTableBuilder(ReportDeriver deriver, RegionDirectory regions, CompletenessCalculator completeness, PrintPages printPages, TimeProvider clock)
{
    // approvedOnly: only villages whose month is approved; the others are left out, and every township and area row is
    // rolled up from the approved villages alone (computed here, not stored), so the figures are final ones only.
    public async Task<(ReportTable Table, Completeness Completeness)> BuildAsync(CompiledTemplate template, Period period, OrgUnit unit, ReportDepth depth,
        string preparer, CancellationToken ct, bool approvedOnly = false)
    {
        var t = template.Template;
        var tree = await regions.GetAsync(ct);
        var stored = (await deriver.GetRowsAsync(t.Id, t.Version, period.Key, unit.Code.Value, ct: ct)).ToDictionary(r => r.UnitCode);
        var columns = t.Columns.Select(c => new ReportColumn(c.Id, c.Title, c.Unit, c.Digits, c.Group, c.TitleEn)).ToList();
        Func<OrgUnit, bool> shown = _ => true;
        if (approvedOnly)
        {
            var approved = await completeness.ApprovedVillagesAsync(unit, period, ct);
            stored = await ApprovedRowsAsync(template, period, tree, unit, stored, approved, ct);
            shown = u => u.Level != OrgLevel.Village || approved.Contains(u.Code.Value);
        }

        ReportTableRow Row(ReportRowKind kind, OrgUnit u) => stored.TryGetValue(u.Code.Value, out var row)
            ? new ReportTableRow(kind, u.Code.Value, u.Name, columns.Select(c => row.CellErrors.ContainsKey(c.Id) ? null : row[c.Id]).ToList(),
                row.Checks.Where(c => !c.Passed).Select(c => c.Message).ToList())
            : new ReportTableRow(kind, u.Code.Value, u.Name, columns.Select(_ => (object?)null).ToList(), []);

        var rows = new List<ReportTableRow>();
        if (unit.Level == OrgLevel.Village) rows.Add(Row(ReportRowKind.Unit, unit));
        else if (depth == ReportDepth.Children)
        {
            foreach (var child in tree.Children(unit.Code).Where(shown)) rows.Add(Row(ReportRowKind.Unit, child));
            rows.Add(Row(ReportRowKind.Total, unit));
        }
        else
        {
            AddFull(tree, unit, rows, Row, shown, top: true);
        }

        var done = await completeness.ForAsync(template, period, unit, ct);
        var table = new ReportTable
        {
            TemplateId = t.Id,
            Version = t.Version,
            Title = t.Title,
            Department = t.Department,
            PeriodKey = period.Key,
            PeriodDisplay = period.DisplayZh,
            UnitCode = unit.Code.Value,
            UnitName = unit.Name,
            Columns = columns,
            Rows = rows,
            Narrative = stored.GetValueOrDefault(unit.Code.Value)?.Narrative,
            Signature = new ReportSignature(unit.Name, null, preparer, clock.Today()),
            CompletenessLine = done.LineZh,
            PrintPage = printPages.For(t),
            FormNumber = t.FormNumber,
            DraftNote = approvedOnly ? done.ApprovedOnlyNoteZh : done.DraftNoteZh,
        };
        return (table, done);
    }

    /// <summary>Villages in code order under each township, the township's 小计 after them, the area's 合计 last.</summary>
    private static void AddFull(RegionTree tree, OrgUnit unit, List<ReportTableRow> rows, Func<ReportRowKind, OrgUnit, ReportTableRow> row,
        Func<OrgUnit, bool> shown, bool top)
    {
        var children = tree.Children(unit.Code);
        if (children.Count == 0)
        {
            rows.Add(row(ReportRowKind.Unit, unit));
            return;
        }
        foreach (var child in children)
        {
            if (child.Level == OrgLevel.Village) { if (shown(child)) rows.Add(row(ReportRowKind.Unit, child)); }
            else AddFull(tree, child, rows, row, shown, top: false);
        }
        rows.Add(row(top ? ReportRowKind.Total : ReportRowKind.Subtotal, unit));
    }

    /// <summary>The approved villages' stored rows, and each unit above them under <paramref name="unit"/> rolled up from those alone.</summary>
    private async Task<Dictionary<string, ReportRow>> ApprovedRowsAsync(CompiledTemplate template, Period period, RegionTree tree, OrgUnit unit,
        Dictionary<string, ReportRow> stored, IReadOnlySet<string> approved, CancellationToken ct)
    {
        var rows = new Dictionary<string, ReportRow>(StringComparer.Ordinal);
        async Task<ReportRow?> RollAsync(OrgUnit u)
        {
            ReportRow? row = null;
            if (u.Level == OrgLevel.Village) row = approved.Contains(u.Code.Value) ? stored.GetValueOrDefault(u.Code.Value) : null;
            else
            {
                var children = new List<IReadOnlyDictionary<string, object?>>();
                foreach (var child in tree.Children(u.Code))
                    if (await RollAsync(child) is { } childRow) children.Add(childRow.Values);
                if (children.Count > 0) row = await deriver.RollupOfAsync(template, u, period, children, ct);
            }
            if (row is not null) rows[u.Code.Value] = row;
            return row;
        }
        await RollAsync(unit);
        return rows;
    }
}
