using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// Fills a department's official layout (docs/templates.md §3.1, <c>excel</c>) with a <see cref="ReportTable"/>:
/// <list type="bullet">
/// <item><c>{{unit.name}}</c>, <c>{{period.display}}</c> and <c>{{report.date}}</c> are replaced in every cell of every
/// sheet (and in the page header and footer); <c>{{unit.name}}</c> on the repeat row is the village's name;</item>
/// <item>the row named <see cref="LayoutNames.RepeatRow"/> is written once per village (the table's
/// <see cref="ReportRowKind.Unit"/> rows, in order) with its styles and row height; <c>{{row.id}}</c> cells become
/// number cells. Township subtotal rows are <b>not</b> written: the layout has no row kind for them, and a
/// <c>SUM</c> over the block on the total row would count every village twice;</item>
/// <item><c>{{total.id}}</c> cells (on the <see cref="LayoutNames.TotalRow"/> row) get the table's 合计 row;</item>
/// <item>everything below the repeat row moves down: cell addresses, row heights, merged ranges, formulas on every
/// sheet that point at moved rows (a <c>SUM(B5:B5)</c> on the total row grows over the whole block), defined names
/// (print area and titles), conditional formats, data validations, hyperlinks, page breaks. Column widths, styles,
/// other sheets and everything else are copied unchanged. Excel is told to recalculate formulas on open, and the
/// calculation chain (which lists cells by address) is dropped, as are the cached results of every formula cell
/// (<see cref="CachedResult"/>).</item>
/// </list>
/// Not moved: drawings, comments and Excel tables (ListObjects) anchored below the repeat row. The package is written
/// part by part into a write-only zip and the filled sheet is streamed, so large reports do not build a DOM.
/// </summary>
public static class LayoutWorkbookFiller
{
    private const string CalcChainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

    /// <summary>Fills <paramref name="layout"/> (an xlsx, as stored) for <paramref name="table"/> into <paramref name="output"/>.</summary>
    /// <exception cref="InvalidDataException">The layout is not a workbook or lacks a usable <see cref="LayoutNames.RepeatRow"/>.</exception>
    public static void Fill(byte[] layout, ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            FillCore(layout, table, output);
        }
        catch (System.Xml.XmlException e)
        {
            throw Invalid("版式里有无法解析的内容（XML 损坏）", "the layout holds XML that cannot be parsed", e);
        }
    }

    /// <summary>Fills into a self-deleting temp file, then copies it to <paramref name="output"/> asynchronously (ASP.NET Core response bodies).</summary>
    public static Task FillAsync(byte[] layout, ReportTable table, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        return TemporarySpool.WriteThroughAsync(spool => Fill(layout, table, spool), output, ct);
    }

    private static void FillCore(byte[] layout, ReportTable table, Stream output)
    {
        // The layout is opened twice over the same bytes: the SDK to find and read its parts, System.IO.Packaging to copy
        // every part (known or not) into the new package.
        using var document = OpenLayout(layout);
        var workbookPart = document.WorkbookPart ?? throw Invalid("版式里没有工作簿", "the layout has no workbook part");
        var names = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>()
            .Where(n => n.Name?.Value is not null).GroupBy(n => n.Name!.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.OrdinalIgnoreCase) ?? [];
        if (!names.TryGetValue(LayoutNames.RepeatRow, out var repeatText))
            throw Invalid($"版式缺少定义名称 {LayoutNames.RepeatRow}（重复行）", $"the layout has no defined name {LayoutNames.RepeatRow}");
        if (WholeRowReference.TryParse(repeatText) is not { IsSingleRow: true } repeat)
            throw Invalid($"定义名称 {LayoutNames.RepeatRow} 应指向一整行，如 'Sheet1'!$5:$5，现为 {repeatText}", $"{LayoutNames.RepeatRow} must refer to one whole row, such as 'Sheet1'!$5:$5, not {repeatText}");
        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => RowInsertion.SameSheet(s.Name?.Value, repeat.Sheet));
        if (sheet?.Id?.Value is not { } sheetId || workbookPart.GetPartById(sheetId) is not WorksheetPart sheetPart)
            throw Invalid($"{LayoutNames.RepeatRow} 指向的工作表“{repeat.Sheet}”不存在", $"{LayoutNames.RepeatRow} names sheet '{repeat.Sheet}', which does not exist");
        var sheetName = sheet.Name!.Value!;

        var shared = SharedStringTexts.Read(workbookPart);
        var styles = new LayoutNumberStyles((Stylesheet?)workbookPart.WorkbookStylesPart?.Stylesheet?.CloneNode(true));
        var values = new LayoutValues(table);
        var cells = new LayoutCellFiller(shared, values, styles);
        var sheetWriter = new LayoutSheetWriter(sheetPart.Worksheet, sheetName, repeat.FirstRow, cells, values);

        var rows = table.Rows;
        int? knownUnits = null;
        if (sheetWriter.NeedsRowCountFirst(shared))
        {
            // Formulas above the block may point below it: they need the village count before the rows stream.
            var list = rows as IReadOnlyCollection<ReportTableRow> ?? rows.ToList();
            rows = list;
            knownUnits = list.Count(r => r.Kind == ReportRowKind.Unit);
            values.Total = list.LastOrDefault(r => r.Kind == ReportRowKind.Total);
        }

        var otherSheets = workbookPart.WorksheetParts.Where(p => p != sheetPart).ToDictionary(p => Key(p.Uri));
        var hasFormulas = workbookPart.WorksheetParts.Any(p => p.Worksheet.Descendants<CellFormula>().Any());
        var stylesKey = workbookPart.WorkbookStylesPart is { } stylesPart ? Key(stylesPart.Uri) : null;

        using var source = Package.Open(new MemoryStream(layout, writable: false), FileMode.Open, FileAccess.Read);
        using var target = new SpreadsheetPackageWriter(output);

        // The filled sheet first: how far it grew decides every reference written after it.
        var sheetSource = source.GetPart(sheetPart.Uri);
        var sheetCopy = target.CreatePart(sheetSource.Uri.OriginalString, sheetSource.ContentType, sheetSource.CompressionOption);
        SpreadsheetPackageWriter.Stream(sheetCopy, writer => sheetWriter.Write(writer, rows, knownUnits));
        CopyRelationships(sheetSource, sheetCopy);
        var insertion = sheetWriter.Insertion;

        foreach (var part in source.GetParts().ToList())
        {
            if (PackUriHelper.IsRelationshipPartUri(part.Uri) || Key(part.Uri) == Key(sheetPart.Uri)) continue;
            if (part.ContentType == CalcChainContentType) continue; // addresses of formula cells, stale now: Excel rebuilds it
            var copy = target.CreatePart(part.Uri.OriginalString, part.ContentType, part.CompressionOption);
            var key = Key(part.Uri);
            if (key == Key(workbookPart.Uri))
                SpreadsheetPackageWriter.Save(copy, Workbook(workbookPart.Workbook, insertion, sheetName, hasFormulas));
            else if (key == stylesKey && styles.Changed && styles.Stylesheet is { } stylesheet)
                SpreadsheetPackageWriter.Save(copy, stylesheet);
            else if (otherSheets.TryGetValue(key, out var other) && OtherSheet(other.Worksheet, insertion, sheetName, cells) is { } filled)
                SpreadsheetPackageWriter.Save(copy, filled);
            else
            {
                using var from = part.GetStream(FileMode.Open, FileAccess.Read);
                using var to = copy.GetStream(FileMode.Create, FileAccess.Write);
                from.CopyTo(to);
            }
            CopyRelationships(part, copy);
        }
        foreach (var relationship in source.GetRelationships())
            target.Package.CreateRelationship(relationship.TargetUri, relationship.TargetMode, relationship.RelationshipType, relationship.Id);
    }

    /// <summary>The workbook with its defined names moved (print area, the FormHub names) and recalculation on open.</summary>
    private static Workbook Workbook(Workbook source, RowInsertion insertion, string sheetName, bool hasFormulas)
    {
        var workbook = (Workbook)source.CloneNode(true);
        foreach (var name in workbook.DefinedNames?.Elements<DefinedName>() ?? [])
            name.Text = insertion.Formula(name.Text, sheet => RowInsertion.SameSheet(sheet, sheetName));
        if (hasFormulas)
        {
            // Cached results of moved formulas are stale (SUM over one row, now over the block): recalculate on open.
            workbook.CalculationProperties ??= new CalculationProperties();
            workbook.CalculationProperties.FullCalculationOnLoad = true;
        }
        return workbook;
    }

    /// <summary>Another sheet with its placeholders filled and its references to the filled sheet moved; null when unchanged.</summary>
    private static Worksheet? OtherSheet(Worksheet source, RowInsertion insertion, string sheetName, LayoutCellFiller cells)
    {
        var worksheet = (Worksheet)source.CloneNode(true);
        var changed = false;
        foreach (var cell in worksheet.Descendants<Cell>())
        {
            if (cell.CellFormula is { Text.Length: > 0 } formula)
            {
                var moved = insertion.Formula(formula.Text, sheet => RowInsertion.SameSheet(sheet, sheetName));
                if (moved != formula.Text)
                {
                    formula.Text = moved;
                    changed = true;
                }
            }
            // Any formula may read the filled sheet, directly, through a name or through another sheet.
            changed |= CachedResult.Drop(cell);
            var before = cell.OuterXml;
            cells.Fill(cell, null);
            changed |= cell.OuterXml != before;
        }
        return changed ? worksheet : null;
    }

    private static void CopyRelationships(PackagePart from, PackagePart to)
    {
        foreach (var relationship in from.GetRelationships())
        {
            if (relationship.RelationshipType == SpreadsheetPackageWriter.CalcChainRelationship) continue;
            to.CreateRelationship(relationship.TargetUri, relationship.TargetMode, relationship.RelationshipType, relationship.Id);
        }
    }

    private static SpreadsheetDocument OpenLayout(byte[] layout)
    {
        try
        {
            return SpreadsheetDocument.Open(new MemoryStream(layout, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw Invalid("版式不是可以读取的 xlsx 工作簿", "the layout is not a readable xlsx workbook", e);
        }
    }


    /// <summary>Part names compare without case (OPC).</summary>
    private static string Key(Uri uri) => uri.OriginalString.ToUpperInvariant();

    private static InvalidDataException Invalid(string zh, string en, Exception? inner = null) => new($"{zh} / {en}", inner);
}
