using System.Globalization;

namespace FormHub.Exports.Html;

/// <summary>
/// The text a report prints for a header, a row label and a cell: numbers with thousands separators and the column's
/// digits (1,234.50), 是/否 for yes-no cells, "—" for a cell that could not be derived.
/// </summary>
public static class ReportCellText
{
    /// <summary>What a cell that could not be derived shows (forms use a dash rather than leaving it blank, which reads as 0).</summary>
    public const string Missing = "—";

    /// <summary>The column's header text with its unit the way forms write it: 低保户数（户）. A title that already ends with its unit is kept.</summary>
    public static string Header(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (string.IsNullOrWhiteSpace(column.Unit)) return column.Title;
        var unit = column.Unit.Trim();
        return column.Title.EndsWith($"（{unit}）", StringComparison.Ordinal) || column.Title.EndsWith($"({unit})", StringComparison.Ordinal)
            ? column.Title
            : $"{column.Title}（{unit}）";
    }

    /// <summary>The first cell of a row: the village's name, 城关镇小计 for a township's subtotal, 合计 for the total.</summary>
    public static string RowLabel(ReportTableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Kind switch
        {
            ReportRowKind.Subtotal => row.UnitName.EndsWith("小计", StringComparison.Ordinal) ? row.UnitName : row.UnitName + "小计",
            ReportRowKind.Total => "合计",
            _ => row.UnitName,
        };
    }

    /// <summary>A cell's text: decimals (and other numbers) with thousands separators and <see cref="ReportColumn.Digits"/> decimals.</summary>
    public static string Value(object? value, ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return value switch
        {
            null => Missing,
            bool b => b ? "是" : "否",
            decimal d => Number(d, column.Digits),
            int or long or short or byte or uint or ulong or ushort or sbyte => Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture), column.Digits),
            double x when double.IsFinite(x) => Number((decimal)x, column.Digits),
            float x when float.IsFinite(x) => Number((decimal)x, column.Digits),
            double or float => Missing,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>True for values printed as numbers (right-aligned).</summary>
    public static bool IsNumber(object? value) =>
        value is decimal or int or long or short or byte or uint or ulong or ushort or sbyte or double or float;

    // The one formatting of report cells (preview, report view, Excel text, PDF): whole numbers plain, others to the
    // column's digits, two when none are declared.
    private static string Number(decimal d, int? digits) =>
        Core.Text.CellText.Format(d, digits is int n and >= 0 ? Math.Min(n, 10) : null);
}
