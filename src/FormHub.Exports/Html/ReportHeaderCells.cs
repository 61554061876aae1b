namespace FormHub.Exports.Html;

/// <summary>
/// The header of a report table as rows of cells: with column groups, two rows, where a group's title spans its adjacent
/// columns on the upper row and an ungrouped column (and the unit-name column) spans both rows; without groups, one row.
/// </summary>
public static class ReportHeaderCells
{
    /// <summary>Title of the first column, the unit each row is about.</summary>
    public const string UnitColumnTitle = "单位名称";

    /// <summary>One header cell.</summary>
    public sealed record Cell(string Text, int ColumnSpan, int RowSpan);

    /// <summary>The header rows (one or two), the unit-name column first.</summary>
    public static IReadOnlyList<IReadOnlyList<Cell>> Rows(IReadOnlyList<ReportColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (!columns.Any(c => !string.IsNullOrWhiteSpace(c.Group)))
            return [[new Cell(UnitColumnTitle, 1, 1), .. columns.Select(c => new Cell(ReportCellText.Header(c), 1, 1))]];

        var upper = new List<Cell> { new(UnitColumnTitle, 1, 2) };
        var lower = new List<Cell>();
        for (var i = 0; i < columns.Count;)
        {
            var group = columns[i].Group;
            if (string.IsNullOrWhiteSpace(group))
            {
                upper.Add(new Cell(ReportCellText.Header(columns[i]), 1, 2));
                i++;
                continue;
            }
            // Only adjacent columns share a group cell: the same group name further on starts a new cell.
            var end = i;
            while (end < columns.Count && columns[end].Group == group) end++;
            upper.Add(new Cell(group, end - i, 1));
            for (; i < end; i++) lower.Add(new Cell(ReportCellText.Header(columns[i]), 1, 1));
        }
        return [upper, lower];
    }
}
