using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using FormHub.Bench.Shared;

// The ClosedXML 0.95.4 half of `bench --suite excel`, started by FormHub.Bench as its own process:
//   generated ROWS OUT            the 30-column table (ROWS villages, 小计 per 100, 合计) as a new workbook
//   layout ROWS LAYOUT COLS OUT   ROWS villages filled into the official layout LAYOUT (COLS: its column ids, comma-separated)
// Prints one line: elapsed_ms=… peak_mib=… peak_reset=… file_bytes=…
// Column widths are set, never measured: AdjustToContents needs libgdiplus for font metrics, which Debian here lacks.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 3) return Usage();
var rows = int.Parse(args[1], CultureInfo.InvariantCulture);
GC.Collect();
GC.WaitForPendingFinalizers();
var reset = PeakMemory.Reset();
var watch = Stopwatch.StartNew();
string output;
switch (args[0])
{
    case "generated":
        output = args[2];
        Generated(rows, output);
        break;
    case "layout" when args.Length >= 5:
        output = args[4];
        Layout(rows, args[2], args[3].Split(','), output);
        break;
    default:
        return Usage();
}
Console.WriteLine($"elapsed_ms={watch.Elapsed.TotalMilliseconds:F0} peak_mib={PeakMemory.MiB():F0} peak_reset={reset} file_bytes={new FileInfo(output).Length}");
return 0;

static int Usage()
{
    Console.Error.WriteLine("usage: FormHub.Bench.ClosedXml generated ROWS OUT | layout ROWS LAYOUT COLS OUT");
    return 2;
}

// What GeneratedWorkbookWriter writes, as ClosedXML users write it: title, header with its group row, villages,
// bold 小计 and 合计, number formats per column, frozen header, fixed widths.
static void Generated(int villages, string output)
{
    var columns = BenchRows.WideColumns();
    using var workbook = new XLWorkbook();
    var sheet = workbook.AddWorksheet("大表测试");
    var last = columns.Count + 1;
    sheet.Cell(1, 1).Value = "大表测试";
    sheet.Range(1, 1, 1, last).Merge().Style.Font.SetBold().Font.SetFontSize(16).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
    sheet.Cell(2, 1).Value = "填报单位：某某县　　2026年11月";
    sheet.Cell(3, 1).Value = "单位";
    sheet.Range(3, 1, 4, 1).Merge();
    for (var c = 0; c < columns.Count; c++)
    {
        var column = columns[c];
        var title = column.Unit is null ? column.Title : $"{column.Title}（{column.Unit}）";
        if (column.Group is null)
        {
            sheet.Cell(3, c + 2).Value = title;
            sheet.Range(3, c + 2, 4, c + 2).Merge();
        }
        else
        {
            sheet.Cell(3, c + 2).Value = column.Group;
            sheet.Cell(4, c + 2).Value = title;
        }
        sheet.Column(c + 2).Width = 14;
        sheet.Column(c + 2).Style.NumberFormat.Format = column.Digits is { } d ? "#,##0." + new string('0', d) : "#,##0";
    }
    sheet.Range(3, 4, 3, 9).Merge();
    sheet.Range(3, 1, 4, last).Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
    sheet.Column(1).Width = 22;
    var r = 5;
    foreach (var row in BenchRows.Rows(columns.Count, villages, perTownship: 100))
    {
        sheet.Cell(r, 1).Value = row.Kind switch { BenchRowKind.Subtotal => row.Name + "小计", BenchRowKind.Total => "合计", _ => row.Name };
        for (var c = 0; c < row.Values.Length; c++)
            if (row.Values[c] is decimal value) sheet.Cell(r, c + 2).Value = value;
        if (row.Kind != BenchRowKind.Unit) sheet.Row(r).Style.Font.SetBold();
        r++;
    }
    sheet.SheetView.FreezeRows(4);
    workbook.SaveAs(output);
}

// What LayoutWorkbookFiller does, with ClosedXML: fixed placeholders anywhere, the FormHub.RepeatRow row once per
// village (rows inserted below it copy its style), the FormHub.TotalRow row with 合计. Unlike the filler, ClosedXML
// does not grow SUM ranges that span only the template row (the layout's own formulas are left as ClosedXML leaves them).
static void Layout(int villages, string layoutPath, string[] columnIds, string output)
{
    using var workbook = new XLWorkbook(layoutPath);
    var repeat = workbook.NamedRange("FormHub.RepeatRow").Ranges.First();
    var sheet = repeat.Worksheet;
    var repeatRow = repeat.FirstRow().RowNumber();
    var lastColumn = sheet.LastColumnUsed().ColumnNumber();
    var template = Enumerable.Range(1, lastColumn).ToDictionary(c => c, c => sheet.Cell(repeatRow, c).GetString());
    foreach (var cell in sheet.CellsUsed(c => c.DataType == XLDataType.Text && c.GetString().Contains("{{", StringComparison.Ordinal)))
    {
        if (cell.Address.RowNumber == repeatRow) continue; // its {{unit.name}} is each village's name
        var text = cell.GetString().Replace("{{unit.name}}", "某某县").Replace("{{period.display}}", "2026年11月").Replace("{{report.date}}", "2026年12月5日");
        if (text != cell.GetString()) cell.Value = text;
    }

    // Which layout column shows which report column.
    var slots = new Dictionary<int, (int Index, bool IsTotal)>();
    var totalRow = workbook.NamedRanges.Contains("FormHub.TotalRow") ? workbook.NamedRange("FormHub.TotalRow").Ranges.First().FirstRow().RowNumber() : (int?)null;
    for (var c = 1; c <= lastColumn; c++)
    {
        for (var i = 0; i < columnIds.Length; i++)
            if (template[c] == "{{row." + columnIds[i] + "}}") slots[c] = (i, false);
    }

    var rows = BenchRows.Rows(columnIds.Length, villages, perTownship: 100).ToList();
    var unitRows = rows.Where(r => r.Kind == BenchRowKind.Unit).ToList();
    if (unitRows.Count > 1) sheet.Row(repeatRow).InsertRowsBelow(unitRows.Count - 1);
    var r = repeatRow;
    foreach (var row in unitRows)
    {
        for (var c = 1; c <= lastColumn; c++)
        {
            if (slots.TryGetValue(c, out var slot)) sheet.Cell(r, c).Value = row.Values[slot.Index] is decimal v ? v : string.Empty;
            else if (template[c].Contains("{{unit.name}}", StringComparison.Ordinal)) sheet.Cell(r, c).Value = template[c].Replace("{{unit.name}}", row.Name);
        }
        r++;
    }
    if (totalRow is { } t)
    {
        var total = rows[^1];
        var at = t + unitRows.Count - 1;
        for (var c = 1; c <= lastColumn; c++)
        {
            var text = sheet.Cell(at, c).GetString();
            for (var i = 0; i < columnIds.Length; i++)
                if (text == "{{total." + columnIds[i] + "}}") sheet.Cell(at, c).Value = total.Values[i] is decimal v ? v : 0m;
        }
    }
    workbook.SaveAs(output);
}
