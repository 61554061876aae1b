using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// Replaces the placeholders in one layout cell. A cell that is exactly one figure placeholder (<c>{{row.hh}}</c>)
/// becomes a number cell, so the department can sum it; any other text with placeholders becomes an inline string with
/// the values written into it. The cell keeps its style (with a number format added where the layout left General).
/// Placeholders this report does not know are left as written, where someone will see them.
/// </summary>
internal sealed class LayoutCellFiller(IReadOnlyList<string> sharedStrings, LayoutValues values, LayoutNumberStyles styles)
{
    /// <summary>Fills <paramref name="cell"/> for <paramref name="unit"/> (a copy of the repeat row) or for no unit.</summary>
    public void Fill(Cell cell, ReportTableRow? unit)
    {
        var text = SharedStringTexts.CellText(cell, sharedStrings);
        if (text is null || !text.Contains("{{", StringComparison.Ordinal)) return;

        var matches = LayoutPlaceholder.Pattern.Matches(text);
        if (matches.Count == 0) return;
        if (matches.Count == 1 && matches[0].Value == text.Trim())
        {
            var placeholder = LayoutPlaceholder.Parse(matches[0]);
            if (!values.TryResolve(placeholder, unit, out var value, out var digits)) return;
            if (ExcelNumber.TryGet(value, out var number))
                SetNumber(cell, number, ExcelNumber.DigitsFor(number, digits));
            else
                SetText(cell, ExcelNumber.Text(value, digits));
            return;
        }
        SetText(cell, LayoutPlaceholder.Pattern.Replace(text, m =>
            values.TryResolve(LayoutPlaceholder.Parse(m), unit, out var value, out var digits) ? ExcelNumber.Text(value, digits) : m.Value));
    }

    /// <summary>Page header and footer text (&amp;C填报单位：{{unit.name}}): only the placeholders without a column.</summary>
    public string FillHeaderFooter(string text) => LayoutPlaceholder.Pattern.Replace(text, m =>
    {
        var placeholder = LayoutPlaceholder.Parse(m);
        return placeholder.IsFixed && values.TryResolve(placeholder, null, out var value, out _)
            ? ExcelNumber.Text(value, null).Replace("&", "&&", StringComparison.Ordinal) // & starts a header code
            : m.Value;
    });

    private void SetNumber(Cell cell, decimal number, int digits)
    {
        cell.DataType = null;
        cell.InlineString = null;
        cell.CellValue = new CellValue(ExcelNumber.CellValue(number));
        var style = styles.For(cell.StyleIndex?.Value, digits);
        if (style is uint s && s != 0) cell.StyleIndex = s;
        else cell.StyleIndex = null;
    }

    private static void SetText(Cell cell, string text)
    {
        cell.CellValue = null;
        if (text.Length == 0)
        {
            cell.DataType = null;
            cell.InlineString = null;
            return;
        }
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text) { Space = text.Trim().Length != text.Length ? SpaceProcessingModeValues.Preserve : null });
    }
}
