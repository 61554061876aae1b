namespace FormHub.Exports.Excel;

/// <summary>
/// What each placeholder stands for in one report: <c>{{unit.name}}</c> is the village on a copy of the repeat row and
/// the report's area elsewhere; <c>{{row.id}}</c> the village's value; <c>{{total.id}}</c> the total row's value, known
/// once the rows have been read (<see cref="Total"/>); <c>{{period.display}}</c> and <c>{{report.date}}</c> the table's.
/// </summary>
internal sealed class LayoutValues(ReportTable table)
{
    private readonly Dictionary<string, int> _columns = table.Columns
        .Select((c, i) => (c.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

    public ReportTable Table => table;

    /// <summary>The table's 合计 row, once the rows have been read.</summary>
    public ReportTableRow? Total { get; set; }

    /// <summary>
    /// The value of <paramref name="placeholder"/> on a copy of the repeat row for <paramref name="unit"/> (null: any
    /// other cell), with the column's digits; false for a placeholder this report does not know (left as written).
    /// </summary>
    public bool TryResolve(LayoutPlaceholder placeholder, ReportTableRow? unit, out object? value, out int? digits)
    {
        value = null;
        digits = null;
        switch (placeholder.FullName)
        {
            case LayoutPlaceholder.UnitName: value = unit is null ? table.UnitName : unit.UnitName; return true;
            case LayoutPlaceholder.PeriodDisplay: value = table.PeriodDisplay; return true;
            case LayoutPlaceholder.ReportDate: value = table.Signature.ReportDateZh; return true;
            // Empty once every village is approved: the layout's note cell then stays blank.
            case LayoutPlaceholder.ReportNote: value = table.DraftNote ?? ""; return true;
            case LayoutPlaceholder.FormNumber: value = table.FormNumberText; return true;
        }
        if (!_columns.TryGetValue(placeholder.Name, out var index)) return false;
        ReportTableRow? source;
        if (placeholder.IsRow)
        {
            if (unit is null) return false; // {{row.id}} off the repeat row: LayoutInspector refuses such layouts
            source = unit;
        }
        else if (placeholder.IsTotal) source = Total;
        else return false;
        digits = table.Columns[index].Digits;
        value = source is not null && index < source.Values.Count ? source.Values[index] : null;
        return true;
    }
}
