using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Exports.Html;

namespace FormHub.Exports.Excel;

/// <summary>
/// Geometry of a generated sheet, fixed before the first row is written (column widths come before the rows in the
/// sheet XML): where the data starts, how wide each column is and how tall the header rows are. Widths are measured in
/// display width (CJK counts two) over the header texts and a sample of the first rows.
/// </summary>
internal sealed class SheetShape
{
    private const double MinNameWidth = 12, MaxNameWidth = 40;
    private const double MinValueWidth = 9, MaxValueWidth = 24;
    /// <summary>Header titles longer than this wrap onto two lines rather than widening the column.</summary>
    private const int WrapHeaderFrom = 12;
    private const double LineHeight = 14.5;

    private readonly int _headerRows;
    private readonly double[] _widths; // index 1..LastColumn

    public SheetShape(ReportTable table, IReadOnlyList<IReadOnlyList<ReportHeaderCells.Cell>> header, IReadOnlyList<ReportTableRow> sample)
    {
        _headerRows = header.Count;
        Name = WorksheetName.From(table.Title);
        LastColumn = table.Columns.Count + 1;
        FirstDataRow = 3 + header.Count;
        _widths = new double[LastColumn + 1];
        HeaderCells = Place(header, LastColumn);

        var nameWidth = Math.Max(DisplayWidth.Of(ReportHeaderCells.UnitColumnTitle), sample.Count == 0 ? 0 : sample.Max(r => DisplayWidth.Of(ReportCellText.RowLabel(r))));
        _widths[1] = Math.Clamp(nameWidth + 3, MinNameWidth, MaxNameWidth);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var title = DisplayWidth.Of(ReportCellText.Header(column));
            var headerWidth = title <= WrapHeaderFrom ? title : Math.Ceiling(title / 2.0);
            var valueWidth = 0;
            foreach (var row in sample)
                if (i < row.Values.Count) valueWidth = Math.Max(valueWidth, DisplayWidth.Of(ExcelNumber.Text(row.Values[i], column.Digits)));
            _widths[i + 2] = Math.Clamp(Math.Max(headerWidth, valueWidth) + 3, MinValueWidth, MaxValueWidth);
        }
    }

    public string Name { get; }
    public int LastColumn { get; }
    public int FirstDataRow { get; }

    /// <summary>Wider than an A4 portrait page holds at a readable size: print landscape.</summary>
    public bool IsWide => _widths.Sum() > 100;

    public Columns ColumnElements()
    {
        var columns = new Columns();
        for (var c = 1; c <= LastColumn; c++)
            columns.Append(new Column { Min = (uint)c, Max = (uint)c, Width = _widths[c], CustomWidth = true });
        return columns;
    }

    /// <summary>Every header cell with its position: header row (0 = upper) and first column, cells spanning rows placed once.</summary>
    public IReadOnlyList<(ReportHeaderCells.Cell Cell, int Row, int Column)> HeaderCells { get; }

    /// <summary>Tall enough for the wrapped titles in header row <paramref name="index"/> (0 = upper).</summary>
    public double HeaderRowHeight(int index)
    {
        var lines = 1;
        // A cell spanning both header rows has the height of both: only cells in one row set that row's height.
        foreach (var (cell, row, column) in HeaderCells.Where(h => h.Row == index && (h.Cell.RowSpan == 1 || _headerRows == 1)))
        {
            var width = 0.0;
            for (var c = column; c < column + cell.ColumnSpan && c <= LastColumn; c++) width += _widths[c];
            lines = Math.Max(lines, (int)Math.Ceiling(DisplayWidth.Of(cell.Text) / Math.Max(1, width - 2)));
        }
        return Math.Max(20, lines * LineHeight + 6);
    }

    /// <summary>Height of a note merged across the whole table: enough lines for its text.</summary>
    public double WrappedRowHeight(string text)
    {
        var lines = (int)Math.Ceiling(DisplayWidth.Of(text) / Math.Max(1, _widths.Sum() - 2));
        return lines <= 1 ? 20 : lines * LineHeight + 6;
    }

    private static List<(ReportHeaderCells.Cell, int, int)> Place(IReadOnlyList<IReadOnlyList<ReportHeaderCells.Cell>> header, int lastColumn)
    {
        var placed = new List<(ReportHeaderCells.Cell, int, int)>();
        var covered = new bool[header.Count, lastColumn + 2];
        for (var r = 0; r < header.Count; r++)
        {
            var column = 1;
            foreach (var cell in header[r])
            {
                while (column <= lastColumn && covered[r, column]) column++;
                placed.Add((cell, r, column));
                for (var dr = 0; dr < cell.RowSpan && r + dr < header.Count; dr++)
                    for (var dc = 0; dc < cell.ColumnSpan && column + dc <= lastColumn; dc++)
                        covered[r + dr, column + dc] = true;
                column += cell.ColumnSpan;
            }
        }
        return placed;
    }
}
