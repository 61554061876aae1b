using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Cli.Tests;

/// <summary>Every cell of a workbook's first sheet as text (shared and inline strings resolved, numbers invariant, formulas as =…).</summary>
public static class WorkbookCells
{
    public static Dictionary<string, string> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var cells = new Dictionary<string, string>();
        foreach (var cell in ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>())
        {
            var type = cell.DataType?.Value;
            var text = cell.CellFormula is { } f ? "=" + f.Text
                : type == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                : type == CellValues.InlineString ? cell.InlineString?.InnerText
                : cell.CellValue?.Text;
            if (!string.IsNullOrEmpty(text)) cells[cell.CellReference!.Value!] = text;
        }
        return cells;
    }
}
