using System.Globalization;
using System.Text.RegularExpressions;

namespace FormHub.Exports.Excel;

/// <summary>A defined name's reference to whole rows of one sheet: <c>'Sheet'!$5:$5</c> (also unquoted, without $).</summary>
internal sealed record WholeRowReference(string Sheet, int FirstRow, int LastRow)
{
    private static readonly Regex Pattern = new(@"^\s*=?\s*(?:'(?<q>(?:[^']|'')+)'|(?<u>[^!'\s]+))!\$?(?<a>\d+):\$?(?<b>\d+)\s*$", RegexOptions.CultureInvariant);

    public bool IsSingleRow => FirstRow == LastRow;

    public static WholeRowReference? TryParse(string? text)
    {
        if (text is null) return null;
        var m = Pattern.Match(text);
        if (!m.Success) return null;
        if (!int.TryParse(m.Groups["a"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ||
            !int.TryParse(m.Groups["b"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var b) ||
            a < 1 || b < 1 || a > CellAddress.MaxRow || b > CellAddress.MaxRow) return null;
        var sheet = m.Groups["q"].Success ? m.Groups["q"].Value.Replace("''", "'", StringComparison.Ordinal) : m.Groups["u"].Value;
        return new WholeRowReference(sheet, Math.Min(a, b), Math.Max(a, b));
    }
}
