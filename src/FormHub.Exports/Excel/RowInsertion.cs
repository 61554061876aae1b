using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FormHub.Exports.Excel;

/// <summary>
/// What filling a layout does to its rows: the repeat row <see cref="RepeatRow"/> becomes <see cref="Added"/> + 1 rows,
/// so every row below moves down by <see cref="Added"/>. Rewrites row numbers the way Excel does when rows are inserted
/// inside a block:
/// <list type="bullet">
/// <item>a row below the repeat row moves down;</item>
/// <item>a range that reaches the repeat row from above or starts on it grows to the end of the block, so
/// <c>SUM(B5:B5)</c> on the total row becomes <c>SUM(B5:B304)</c> and a print area or conditional format covering the
/// repeat row covers every village;</item>
/// <item>on the copies of the repeat row, a relative reference to the repeat row follows the copy (<c>=B5*2</c> on the
/// village in row 7 reads <c>=B7*2</c>), as a fill-down would.</item>
/// </list>
/// </summary>
internal sealed record RowInsertion(int RepeatRow, int Added)
{
    /// <summary>
    /// A1 references in formula text. Strings ("…") are matched first so that their contents are skipped; a reference
    /// may carry a sheet ('Sheet 1'! or Sheet1!) or an external workbook ([1]), and must not be part of a longer name
    /// (LOG10( is a function, not cell LOG10).
    /// </summary>
    private static readonly Regex Reference = new(
        @"(?<str>""(?:[^""]|"""")*"")" +
        @"|(?<![\w.$!\]'])(?<ext>\[[^\]]*\])?(?:(?<sheet>'(?:[^']|'')+'|[\w.]+)!)?" +
        @"(?<ref>(?<c1>\$?[A-Za-z]{1,3})(?<r1>\$?\d+)(?::(?<c2>\$?[A-Za-z]{1,3})(?<r2>\$?\d+))?|(?<r1>\$?\d+):(?<r2>\$?\d+))(?![\w.(!])",
        RegexOptions.CultureInvariant);

    /// <summary>Where row <paramref name="row"/> of the layout ends up.</summary>
    public int Row(int row) => row > RepeatRow ? row + Added : row;

    private int Top(int row) => row > RepeatRow ? row + Added : row;
    private int Bottom(int row) => row >= RepeatRow ? row + Added : row;

    /// <summary>An area without sheet or $ signs (a merge, a ref attribute): "B7", "A3:H9".</summary>
    public string Area(string area) => MapArea(area, (top, bottom) => (Top(top), bottom.HasValue ? Bottom(bottom.Value) : null));

    /// <summary>
    /// A space-separated list of areas (sqref of a conditional format, validation or ignored error). An area within the
    /// repeat row, a single cell included, covers that column of every village: the rule was written for the row.
    /// </summary>
    public string Sqref(string sqref) => string.Join(' ', sqref.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(area => !area.Contains(':') && Rows(area) is var (top, _) && top == RepeatRow ? Area(area + ":" + area) : Area(area)));

    /// <summary>An area on the repeat row, moved to the copy at <paramref name="copyRow"/>.</summary>
    public string AreaOnCopy(string area, int copyRow) =>
        MapArea(area, (top, bottom) => (top == RepeatRow ? copyRow : top, bottom == RepeatRow ? copyRow : bottom));

    /// <summary>The first and last row of an area ("B5" → 5..5), or null when it is not one.</summary>
    public static (int Top, int Bottom)? Rows(string area)
    {
        var parts = area.Split(':');
        if (parts.Length is 0 or > 2 || !CellAddress.TryParse(parts[0], out _, out var r1)) return null;
        if (parts.Length == 1) return (r1, r1);
        if (!CellAddress.TryParse(parts[1], out _, out var r2)) return null;
        return (Math.Min(r1, r2), Math.Max(r1, r2));
    }

    /// <summary>
    /// Formula text with its references to the filled sheet moved. <paramref name="onFilledSheet"/> says whether a
    /// reference with the given sheet (null: no sheet, the formula's own sheet) points at the filled sheet.
    /// <paramref name="copyRow"/> is set for formulas on a copy of the repeat row.
    /// </summary>
    public string Formula(string formula, Func<string?, bool> onFilledSheet, int? copyRow = null)
    {
        if (string.IsNullOrEmpty(formula)) return formula;
        return Reference.Replace(formula, m =>
        {
            if (m.Groups["str"].Success || m.Groups["ext"].Success) return m.Value;
            var sheet = m.Groups["sheet"].Success ? Unquote(m.Groups["sheet"].Value) : null;
            if (!onFilledSheet(sheet)) return m.Value;
            if (m.Groups["c1"].Success && (!IsColumn(m.Groups["c1"].Value) || (m.Groups["c2"].Success && !IsColumn(m.Groups["c2"].Value))))
                return m.Value; // a name such as ABCD1 that only looks like a reference

            var (abs1, row1) = RowPart(m.Groups["r1"].Value);
            var single = !m.Groups["r2"].Success;
            var (abs2, row2) = single ? (abs1, row1) : RowPart(m.Groups["r2"].Value);
            if (row1 < 1 || row2 < 1) return m.Value; // not a row number Excel has

            int Map(bool absolute, int row, bool isTop)
            {
                if (copyRow is int c && !absolute && row == RepeatRow) return c;
                if (single) return Row(row);
                return isTop ? Top(row) : Bottom(row);
            }
            var new1 = Map(abs1, row1, row1 <= row2);
            var new2 = Map(abs2, row2, row2 < row1);
            if (new1 == row1 && new2 == row2) return m.Value;

            var text = new StringBuilder(m.Value, 0, m.Groups["ref"].Index - m.Index, m.Length + 8);
            if (m.Groups["c1"].Success) text.Append(m.Groups["c1"].Value);
            text.Append(abs1 ? "$" : "").Append(new1.ToString(CultureInfo.InvariantCulture));
            if (!single)
            {
                text.Append(':');
                if (m.Groups["c2"].Success) text.Append(m.Groups["c2"].Value);
                text.Append(abs2 ? "$" : "").Append(new2.ToString(CultureInfo.InvariantCulture));
            }
            return text.ToString();
        });
    }

    /// <summary>True when the sheet names are the same sheet (Excel compares them ignoring case).</summary>
    public static bool SameSheet(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string MapArea(string area, Func<int, int?, (int, int?)> map)
    {
        var parts = area.Split(':');
        if (parts.Length is 0 or > 2 || !CellAddress.TryParse(parts[0], out var c1, out var r1)) return area;
        if (parts.Length == 1)
        {
            var (single, _) = map(r1, null);
            return c1 + single.ToString(CultureInfo.InvariantCulture);
        }
        if (!CellAddress.TryParse(parts[1], out var c2, out var r2)) return area;
        var (top, bottom) = map(Math.Min(r1, r2), Math.Max(r1, r2));
        return $"{c1}{(r1 <= r2 ? top : bottom)}:{c2}{(r1 <= r2 ? bottom : top)}";
    }

    private static (bool Absolute, int Row) RowPart(string text)
    {
        var absolute = text.StartsWith('$');
        return int.TryParse(absolute ? text.AsSpan(1) : text, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row <= CellAddress.MaxRow
            ? (absolute, row) : (absolute, -1);
    }

    private static bool IsColumn(string letters) => CellAddress.ColumnNumber(letters.TrimStart('$')) > 0;

    private static string Unquote(string sheet) =>
        sheet.StartsWith('\'') ? sheet[1..^1].Replace("''", "'", StringComparison.Ordinal) : sheet;
}
