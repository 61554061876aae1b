using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Exports.Html;

namespace FormHub.Exports.Excel;

/// <summary>
/// Writes a <see cref="ReportTable"/> as a new workbook (the "generated" Excel export, for templates without an official
/// layout or when a department asks for the plain table): one sheet with
/// <list type="bullet">
/// <item>row 1 the title, merged across the table, bold 16 pt;</item>
/// <item>row 2 填报单位：… on the left, the period on the right;</item>
/// <item>the header from row 3: with column groups two rows (a group's cell merged over its columns, ungrouped columns
/// and 单位名称 merged over both rows), otherwise one; column titles carry their unit, 低保户数（户）;</item>
/// <item>one row per unit in the table's order, township subtotals (城关镇小计) and the total (合计) in bold, rows that
/// fail a template check on a light fill; numbers stay numeric with the column's number format (#,##0, #,##0.00 …);
/// a cell that could not be derived stays empty (docs/templates.md §14);</item>
/// <item>below the table the narrative, the completeness line, a note when rows are highlighted, and the signature
/// line 填报单位 / 单位负责人 / 填表人 / 报出日期;</item>
/// <item>panes frozen below the header and right of the name column; the header repeats on every printed page.</item>
/// </list>
/// The sheet is streamed with <see cref="OpenXmlWriter"/> into a write-only package and <see cref="ReportTable.Rows"/>
/// is enumerated once, so memory does not grow with the number of rows (100,000 rows × 30 columns: docs/benchmarks.md).
/// </summary>
public static class GeneratedWorkbookWriter
{
    private const int TitleRow = 1, UnitRow = 2, FirstHeaderRow = 3;

    /// <summary>Rows looked at before the sheet starts, to size the columns (Excel does not size them on open).</summary>
    private const int WidthSampleRows = 1_000;

    private const string SheetUri = "/xl/worksheets/sheet1.xml";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> synchronously (a file, a MemoryStream; the stream need not be
    /// seekable). On an ASP.NET Core response body use <see cref="WriteAsync"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table has more rows or columns than an Excel sheet holds.</exception>
    public static void Write(ReportTable table, Stream output) => Write(table, output, CancellationToken.None);

    /// <summary>Writes the workbook to a self-deleting temp file, then copies it to <paramref name="output"/> asynchronously.</summary>
    public static Task WriteAsync(ReportTable table, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        return TemporarySpool.WriteThroughAsync(spool => Write(table, spool, ct), output, ct);
    }

    private static void Write(ReportTable table, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var columns = table.Columns;
        var lastColumn = columns.Count + 1; // column A holds the unit's name
        if (lastColumn > CellAddress.MaxColumn)
            throw new InvalidOperationException($"报表有 {columns.Count} 列，超过 Excel 工作表的列数上限 / too many columns for an Excel sheet");

        using var rows = table.Rows.GetEnumerator();
        var sample = new List<ReportTableRow>();
        while (sample.Count < WidthSampleRows && rows.MoveNext()) sample.Add(rows.Current);

        var header = ReportHeaderCells.Rows(columns);
        var sheet = new SheetShape(table, header, sample);

        using var package = new SpreadsheetPackageWriter(output);
        var workbookPart = package.CreatePart("/xl/workbook.xml", SpreadsheetPackageWriter.WorkbookContentType);
        package.Package.CreateRelationship(workbookPart.Uri, TargetMode.Internal, SpreadsheetPackageWriter.OfficeDocumentRelationship, "rId1");
        workbookPart.CreateRelationship(new Uri("worksheets/sheet1.xml", UriKind.Relative), TargetMode.Internal, SpreadsheetPackageWriter.WorksheetRelationship, "rId1");
        workbookPart.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, SpreadsheetPackageWriter.StylesRelationship, "rId2");
        SpreadsheetPackageWriter.Save(workbookPart, new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = sheet.Name, SheetId = 1, Id = "rId1" }),
            new DefinedNames(new DefinedName
            {
                // The header repeats at the top of every printed page.
                Name = "_xlnm.Print_Titles", LocalSheetId = 0,
                Text = $"{WorksheetName.Quoted(sheet.Name)}!${FirstHeaderRow}:${sheet.FirstDataRow - 1}",
            })));

        SpreadsheetPackageWriter.Save(
            package.CreatePart("/xl/styles.xml", SpreadsheetPackageWriter.StylesContentType), GeneratedWorkbookStyles.Build());

        SpreadsheetPackageWriter.Stream(package.CreatePart(SheetUri, SpreadsheetPackageWriter.WorksheetContentType), writer =>
        {
            var merges = new List<string>();
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(FrozenView(sheet.FirstDataRow));
            writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 18, CustomHeight = true });
            writer.WriteElement(sheet.ColumnElements());

            writer.WriteStartElement(new SheetData());
            var cells = new SheetRowWriter(writer, lastColumn);
            WriteTitle(cells, table, lastColumn, merges);
            WriteHeader(cells, header.Count, sheet, merges);
            var next = sheet.FirstDataRow;
            var highlighted = false;
            foreach (var row in sample) highlighted |= WriteBodyRow(cells, columns, row, next++);
            while (rows.MoveNext())
            {
                // One row of headroom for the signature line; notes beyond the sheet's end are dropped, never the data.
                if (next >= CellAddress.MaxRow)
                    throw new InvalidOperationException($"报表超过 Excel 工作表的 {CellAddress.MaxRow:N0} 行上限 / more rows than an Excel sheet holds");
                if ((next & 0x3FF) == 0) ct.ThrowIfCancellationRequested();
                highlighted |= WriteBodyRow(cells, columns, rows.Current, next++);
            }
            WriteFooter(cells, table, sheet, next, highlighted, merges);
            writer.WriteEndElement(); // sheetData

            if (merges.Count > 0)
                writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
            writer.WriteElement(new PrintOptions { HorizontalCentered = true });
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup
            {
                PaperSize = 9, // A4
                Orientation = sheet.IsWide ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1, FitToHeight = 0,
            });
            writer.WriteEndElement(); // worksheet
        });

        package.Package.PackageProperties.Title = table.Title;
        package.Package.PackageProperties.Creator = "FormHub";
        package.Package.PackageProperties.Subject = $"{table.UnitName} {table.PeriodDisplay}";
    }

    private static SheetViews FrozenView(int firstDataRow)
    {
        var topLeft = CellAddress.Of(2, firstDataRow);
        return new SheetViews(new SheetView(
            new Pane
            {
                HorizontalSplit = 1, VerticalSplit = firstDataRow - 1, TopLeftCell = topLeft,
                ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.TopRight },
            new Selection { Pane = PaneValues.BottomLeft },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        { TabSelected = true, WorkbookViewId = 0 });
    }

    private static void WriteTitle(SheetRowWriter cells, ReportTable table, int lastColumn, List<string> merges)
    {
        cells.StartRow(TitleRow, 32);
        cells.Text(1, table.Title, GeneratedWorkbookStyles.Title);
        for (var c = 2; c <= lastColumn; c++) cells.Empty(c, GeneratedWorkbookStyles.Title);
        cells.EndRow();
        Merge(merges, TitleRow, 1, TitleRow, lastColumn);

        // 填报单位 over the left half, the period over the right half (both in column A for a table without columns).
        var split = Math.Max(1, (lastColumn + 1) / 2);
        var unit = "填报单位：" + table.UnitName;
        cells.StartRow(UnitRow, 22);
        if (split >= lastColumn)
        {
            cells.Text(1, $"{unit}　　{table.PeriodDisplay}", GeneratedWorkbookStyles.UnitLine);
            for (var c = 2; c <= lastColumn; c++) cells.Empty(c, GeneratedWorkbookStyles.UnitLine);
        }
        else
        {
            cells.Text(1, unit, GeneratedWorkbookStyles.UnitLine);
            for (var c = 2; c <= split; c++) cells.Empty(c, GeneratedWorkbookStyles.UnitLine);
            cells.Text(split + 1, table.PeriodDisplay, GeneratedWorkbookStyles.PeriodLine);
            for (var c = split + 2; c <= lastColumn; c++) cells.Empty(c, GeneratedWorkbookStyles.PeriodLine);
            Merge(merges, UnitRow, split + 1, UnitRow, lastColumn);
        }
        cells.EndRow();
        Merge(merges, UnitRow, 1, UnitRow, Math.Min(split, lastColumn));
    }

    /// <summary>The header cells as <see cref="ReportHeaderCells"/> lays them out (the HTML/PDF header is the same), merged.</summary>
    private static void WriteHeader(SheetRowWriter cells, int headerRows, SheetShape sheet, List<string> merges)
    {
        var texts = new string?[headerRows, sheet.LastColumn + 1];
        foreach (var (cell, row, column) in sheet.HeaderCells)
        {
            texts[row, column] = cell.Text;
            Merge(merges, FirstHeaderRow + row, column, FirstHeaderRow + row + cell.RowSpan - 1, column + cell.ColumnSpan - 1);
        }
        // Every cell of the header gets the header style, the covered ones too, so borders run round merged ranges.
        for (var r = 0; r < headerRows; r++)
        {
            cells.StartRow(FirstHeaderRow + r, sheet.HeaderRowHeight(r));
            for (var c = 1; c <= sheet.LastColumn; c++)
                cells.Text(c, texts[r, c] ?? "", GeneratedWorkbookStyles.Header);
            cells.EndRow();
        }
    }

    /// <summary>Writes one unit, subtotal or total row; true when the row fails a check (and is highlighted).</summary>
    private static bool WriteBodyRow(SheetRowWriter cells, IReadOnlyList<ReportColumn> columns, ReportTableRow row, int index)
    {
        var bold = row.Kind != ReportRowKind.Unit;
        var highlight = row.FailingChecks is { Count: > 0 };
        cells.StartRow(index);
        cells.Text(1, ReportCellText.RowLabel(row), GeneratedWorkbookStyles.Body(bold, highlight, null));
        for (var i = 0; i < columns.Count; i++)
        {
            var value = i < row.Values.Count ? row.Values[i] : null;
            if (ExcelNumber.TryGet(value, out var number))
                cells.Number(i + 2, number, GeneratedWorkbookStyles.Body(bold, highlight, ExcelNumber.DigitsFor(number, columns[i].Digits)));
            else if (value is null)
                cells.Empty(i + 2, GeneratedWorkbookStyles.Body(bold, highlight, 0));
            else
                cells.Text(i + 2, ExcelNumber.Text(value, columns[i].Digits), GeneratedWorkbookStyles.Body(bold, highlight, null));
        }
        cells.EndRow();
        return highlight;
    }

    /// <summary>The notes under the table, each merged across it, and the signature line last.</summary>
    private static void WriteFooter(SheetRowWriter cells, ReportTable table, SheetShape sheet, int next, bool highlighted, List<string> merges)
    {
        var lines = new List<(string Text, uint Style)>();
        if (!string.IsNullOrWhiteSpace(table.DraftNote)) lines.Add(("注意：" + table.DraftNote.Trim(), GeneratedWorkbookStyles.Note));
        if (!string.IsNullOrWhiteSpace(table.Narrative)) lines.Add(("说明：" + table.Narrative.Trim(), GeneratedWorkbookStyles.Note));
        if (!string.IsNullOrWhiteSpace(table.CompletenessLine)) lines.Add(("报送情况：" + table.CompletenessLine.Trim(), GeneratedWorkbookStyles.Note));
        if (highlighted) lines.Add(("注：底色标出的行未通过本表的校验，请核实。", GeneratedWorkbookStyles.Note));
        lines.Add((SignatureLine(table.Signature), GeneratedWorkbookStyles.Signature));

        // Notes that would run past the sheet's last row are dropped; the signature line is kept whenever a row is left.
        var room = CellAddress.MaxRow - next + 1;
        if (lines.Count > room) lines = lines[^Math.Max(0, room)..];
        foreach (var (text, style) in lines)
        {
            cells.StartRow(next, sheet.WrappedRowHeight(text));
            cells.Text(1, text, style);
            for (var c = 2; c <= sheet.LastColumn; c++) cells.Empty(c, style);
            cells.EndRow();
            Merge(merges, next, 1, next, sheet.LastColumn);
            next++;
        }
    }

    /// <summary>填报单位：… 单位负责人：… 填表人：… 报出日期：2026年12月5日, blanks left for hand signatures.</summary>
    internal static string SignatureLine(ReportSignature signature)
    {
        const string gap = "　　　";
        static string Or(string? name) => string.IsNullOrWhiteSpace(name) ? "　　　　" : name.Trim();
        return $"填报单位：{Or(signature.Unit)}{gap}单位负责人：{Or(signature.Head)}{gap}填表人：{Or(signature.Preparer)}{gap}报出日期：{signature.ReportDateZh}";
    }

    private static void Merge(List<string> merges, int row1, int column1, int row2, int column2)
    {
        if (row1 == row2 && column1 == column2) return;
        merges.Add($"{CellAddress.Of(column1, row1)}:{CellAddress.Of(column2, row2)}");
    }
}
