using System.Globalization;

namespace FormHub.Exports.Excel;

/// <summary>
/// Report values as Excel numbers (docs/templates.md §14): a column's <c>digits</c> decimals when it sets them,
/// otherwise whole numbers as whole numbers and others with two; thousands separators; 是/否 for yes-no values.
/// Cells stay numeric so departments can sum and chart them; only the number format rounds what is shown.
/// </summary>
internal static class ExcelNumber
{
    /// <summary>The most decimals a template may ask for (docs/templates.md §3.2).</summary>
    public const int MaxDigits = 6;

    /// <summary>The value as a number, when it is one (decimal, integer types, finite double or float).</summary>
    public static bool TryGet(object? value, out decimal number)
    {
        number = 0;
        try
        {
            switch (value)
            {
                case decimal d: number = d; return true;
                case int or long or short or byte or uint or ulong or ushort or sbyte:
                    number = Convert.ToDecimal(value, CultureInfo.InvariantCulture); return true;
                case double x when double.IsFinite(x): number = (decimal)x; return true;
                case float x when float.IsFinite(x): number = (decimal)x; return true;
                default: return false;
            }
        }
        catch (OverflowException)
        {
            return false; // beyond decimal's range: not a figure a report shows
        }
    }

    /// <summary>Decimals shown for <paramref name="value"/> in a column with <paramref name="columnDigits"/>.</summary>
    public static int DigitsFor(decimal value, int? columnDigits) =>
        columnDigits is int d ? Math.Clamp(d, 0, MaxDigits) : value == decimal.Truncate(value) ? 0 : 2;

    /// <summary>#,##0 or #,##0.00 and so on.</summary>
    public static string FormatCode(int digits) => digits == 0 ? "#,##0" : "#,##0." + new string('0', digits);

    /// <summary>The value a &lt;v&gt; element holds: invariant, no grouping, no exponent.</summary>
    public static string CellValue(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The value as text inside a longer string (a layout cell such as "合计{{total.hh}}户"): numbers formatted like
    /// the cells, 是/否, empty for a cell that could not be derived.
    /// </summary>
    public static string Text(object? value, int? columnDigits) => value switch
    {
        null => "",
        bool b => b ? "是" : "否",
        _ when TryGet(value, out var d) => d.ToString("N" + DigitsFor(d, columnDigits).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
