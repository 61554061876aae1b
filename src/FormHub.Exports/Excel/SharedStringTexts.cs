using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>The plain text of a workbook's shared strings and of its cells (placeholders are looked for in text).</summary>
internal static class SharedStringTexts
{
    public static IReadOnlyList<string> Read(WorkbookPart workbookPart) =>
        workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Plain).ToList() ?? [];

    /// <summary>
    /// The text of a cell holding a string (shared, inline, or a plain t="str" without formula); null for numbers,
    /// booleans, errors, formulas and empty cells.
    /// </summary>
    public static string? CellText(Cell cell, IReadOnlyList<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, out var i) && i >= 0 && i < shared.Count ? shared[i] : null;
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? Plain(inline) : null;
        if (type == CellValues.String && cell.CellFormula is null) return cell.CellValue?.Text;
        return null;
    }

    /// <summary>The text of &lt;t&gt; and rich-text runs, leaving out phonetic guides (&lt;rPh&gt;), which are not shown.</summary>
    private static string Plain(RstType item)
    {
        if (item.Text is { } text) return text.Text;
        var runs = new StringBuilder();
        foreach (var run in item.Elements<Run>()) runs.Append(run.Text?.Text);
        return runs.ToString();
    }
}
