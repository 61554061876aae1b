using System.Globalization;

namespace FormHub.Core.Text;

/// <summary>
/// How a report cell reads wherever it is shown (template preview, HTML, PDF, CSV): integers plain with thousands
/// separators, other numbers to the column's digits (two when none is declared), yes/no as 是/否.
/// </summary>
public static class CellText
{
    /// <summary>Formats a cell value as Chinese forms print it: integers plain, other numbers to <paramref name="digits"/> places.</summary>
    public static string Format(object? value, int? digits) => value switch
    {
        null => "",
        decimal d when digits is { } n => d.ToString("N" + n, CultureInfo.InvariantCulture),
        decimal d when d == decimal.Truncate(d) => d.ToString("N0", CultureInfo.InvariantCulture),
        decimal d => d.ToString("N2", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
