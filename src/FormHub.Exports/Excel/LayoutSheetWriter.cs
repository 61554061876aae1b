using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// Writes the filled copy of a layout's repeat sheet with an <see cref="OpenXmlWriter"/>. The layout's own sheet is
/// small and read as a DOM; the output is streamed row by row, so the repeated rows are never all in memory. Rows above
/// the repeat row are copied, the repeat row is written once per village (<see cref="ReportRowKind.Unit"/> rows; the
/// township 小计 rows are left out because a layout has no row for them and a total formula over the block would count
/// them twice), the rows below move down. Merged ranges, conditional formats, validations, hyperlinks and page breaks
/// move with their rows; merges on the repeat row are repeated on every copy.
/// </summary>
internal sealed class LayoutSheetWriter
{
    private readonly Worksheet _source;
    private readonly string _sheetName;
    private readonly int _repeatRow;
    private readonly LayoutCellFiller _cells;
    private readonly LayoutValues _values;
    /// <summary>Shared-formula indexes on copy k of the repeat row are shifted by k × this, so copies never share a group.</summary>
    private readonly uint _sharedFormulaStride;

    public LayoutSheetWriter(Worksheet source, string sheetName, int repeatRow, LayoutCellFiller cells, LayoutValues values)
    {
        _source = source;
        _sheetName = sheetName;
        _repeatRow = repeatRow;
        _cells = cells;
        _values = values;
        _sharedFormulaStride = source.Descendants<CellFormula>().Select(f => f.SharedIndex?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        Insertion = new RowInsertion(repeatRow, 0);
    }

    /// <summary>How the rows moved: final once <see cref="Write"/> has returned.</summary>
    public RowInsertion Insertion { get; private set; }

    /// <summary>
    /// True when a row above or on the repeat row needs to know how many villages there are before they are read: a
    /// formula (it may point below the block) or a total placeholder. The filler then reads the rows up front.
    /// </summary>
    public bool NeedsRowCountFirst(IReadOnlyList<string> sharedStrings) =>
        Rows().Any(r => r.Index <= _repeatRow && r.Row.Elements<Cell>().Any(c =>
            c.CellFormula is not null ||
            (r.Index < _repeatRow && LayoutPlaceholder.In(SharedStringTexts.CellText(c, sharedStrings)).Any(p => p.IsTotal))));

    /// <summary>Writes the sheet; <paramref name="knownUnits"/> is the number of village rows when it was counted first.</summary>
    public void Write(OpenXmlWriter writer, IEnumerable<ReportTableRow> rows, int? knownUnits)
    {
        if (knownUnits is int n) Insertion = new RowInsertion(_repeatRow, Math.Max(1, n) - 1);

        // The writer adds the root's mc:Ignorable itself; the namespaces it names (x14ac …) are declared here.
        writer.WriteStartElement(_source, _source.GetAttributes(), _source.NamespaceDeclarations);
        foreach (var child in _source.ChildElements)
        {
            switch (child)
            {
                case SheetDimension:
                    break; // optional, and its extent changes: Excel works it out
                case SheetData data:
                    WriteSheetData(writer, data, rows);
                    break;
                case MergeCells merges:
                    writer.WriteElement(Merges(merges));
                    break;
                case ConditionalFormatting format:
                    var cf = (ConditionalFormatting)format.CloneNode(true);
                    if (cf.SequenceOfReferences?.InnerText is { } cfRefs) cf.SequenceOfReferences = new ListValue<StringValue> { InnerText = Insertion.Sqref(cfRefs) };
                    foreach (var f in cf.Descendants<Formula>()) f.Text = Formula(f.Text);
                    writer.WriteElement(cf);
                    break;
                case DataValidations validations:
                    var dv = (DataValidations)validations.CloneNode(true);
                    foreach (var v in dv.Elements<DataValidation>())
                    {
                        if (v.SequenceOfReferences?.InnerText is { } dvRefs) v.SequenceOfReferences = new ListValue<StringValue> { InnerText = Insertion.Sqref(dvRefs) };
                        if (v.Formula1 is { } f1) f1.Text = Formula(f1.Text);
                        if (v.Formula2 is { } f2) f2.Text = Formula(f2.Text);
                    }
                    writer.WriteElement(dv);
                    break;
                case Hyperlinks links:
                    var hl = (Hyperlinks)links.CloneNode(true);
                    foreach (var link in hl.Elements<Hyperlink>())
                        if (link.Reference?.Value is { } linkRef) link.Reference = Insertion.Area(linkRef);
                    writer.WriteElement(hl);
                    break;
                case RowBreaks breaks:
                    var rb = (RowBreaks)breaks.CloneNode(true);
                    // A break after row r: one after the repeat row now falls after the last village.
                    foreach (var brk in rb.Elements<Break>())
                        if (brk.Id?.Value is uint id && id >= _repeatRow) brk.Id = id + (uint)Insertion.Added;
                    writer.WriteElement(rb);
                    break;
                case AutoFilter filter:
                    var af = (AutoFilter)filter.CloneNode(true);
                    if (af.Reference?.Value is { } afRef) af.Reference = Insertion.Area(afRef);
                    writer.WriteElement(af);
                    break;
                case IgnoredErrors ignored:
                    var ie = (IgnoredErrors)ignored.CloneNode(true);
                    foreach (var e in ie.Elements<IgnoredError>())
                        if (e.SequenceOfReferences?.InnerText is { } ieRefs) e.SequenceOfReferences = new ListValue<StringValue> { InnerText = Insertion.Sqref(ieRefs) };
                    writer.WriteElement(ie);
                    break;
                case HeaderFooter headerFooter:
                    var hf = (HeaderFooter)headerFooter.CloneNode(true);
                    foreach (var text in hf.ChildElements.OfType<OpenXmlLeafTextElement>()) text.Text = _cells.FillHeaderFooter(text.Text);
                    writer.WriteElement(hf);
                    break;
                default:
                    writer.WriteElement(child);
                    break;
            }
        }
        writer.WriteEndElement();
    }

    private void WriteSheetData(OpenXmlWriter writer, SheetData data, IEnumerable<ReportTableRow> rows)
    {
        writer.WriteStartElement(data, data.GetAttributes(), data.NamespaceDeclarations);
        var repeated = false;
        foreach (var (index, row) in Rows())
        {
            if (!repeated && index >= _repeatRow)
            {
                WriteRepeatBlock(writer, index == _repeatRow ? row : null, rows);
                repeated = true;
                if (index == _repeatRow) continue;
            }
            var moved = Insertion.Row(index);
            if (moved > CellAddress.MaxRow)
                throw new InvalidOperationException($"填好的版式超过 Excel 工作表的 {CellAddress.MaxRow:N0} 行上限 / the filled layout has more rows than an Excel sheet holds");
            writer.WriteElement(Copy(row, moved, unit: null, copyIndex: null));
        }
        if (!repeated) WriteRepeatBlock(writer, null, rows);
        writer.WriteEndElement();
    }

    /// <summary>One copy of the repeat row per village; one copy with empty values when the report has no village.</summary>
    private void WriteRepeatBlock(OpenXmlWriter writer, Row? template, IEnumerable<ReportTableRow> rows)
    {
        var copies = 0;
        foreach (var row in rows)
        {
            if (row.Kind == ReportRowKind.Total) _values.Total = row;
            if (row.Kind != ReportRowKind.Unit) continue;
            if (_repeatRow + copies > CellAddress.MaxRow - 1)
                throw new InvalidOperationException($"报表超过 Excel 工作表的 {CellAddress.MaxRow:N0} 行上限 / more villages than an Excel sheet holds");
            if (template is not null) writer.WriteElement(Copy(template, _repeatRow + copies, row, copies));
            copies++;
        }
        if (copies == 0)
        {
            if (template is not null) writer.WriteElement(Copy(template, _repeatRow, NoUnit, 0));
            copies = 1;
        }
        Insertion = new RowInsertion(_repeatRow, copies - 1);
    }

    /// <summary>A village with no name and no values: what an empty report's single repeat row shows.</summary>
    private static readonly ReportTableRow NoUnit = new(ReportRowKind.Unit, "", "", [], []);

    /// <summary>A copy of <paramref name="source"/> as row <paramref name="index"/>: cells re-addressed, formulas moved, placeholders filled.</summary>
    private Row Copy(Row source, int index, ReportTableRow? unit, int? copyIndex)
    {
        var row = (Row)source.CloneNode(true);
        row.RowIndex = (uint)index;
        int? copyRow = copyIndex is null ? null : index;
        foreach (var cell in row.Elements<Cell>())
        {
            if (CellAddress.TryParse(cell.CellReference?.Value, out var letters, out _)) cell.CellReference = letters + index;
            if (cell.CellFormula is { } formula)
            {
                if (!string.IsNullOrEmpty(formula.Text)) formula.Text = Formula(formula.Text, copyRow);
                if (formula.Reference?.Value is { } area)
                    formula.Reference = copyRow is int c ? Insertion.AreaOnCopy(area, c) : Insertion.Area(area);
                if (copyIndex is > 0 && formula.SharedIndex?.Value is uint si)
                    formula.SharedIndex = si + _sharedFormulaStride * (uint)copyIndex.Value;
                CachedResult.Drop(cell);
            }
            _cells.Fill(cell, unit);
        }
        return row;
    }

    private MergeCells Merges(MergeCells source)
    {
        var merges = new MergeCells();
        foreach (var merge in source.Elements<MergeCell>())
        {
            if (merge.Reference?.Value is not { } area) continue;
            if (RowInsertion.Rows(area) is var (top, bottom) && top == _repeatRow && bottom == _repeatRow)
            {
                for (var k = 0; k <= Insertion.Added; k++) merges.Append(new MergeCell { Reference = Insertion.AreaOnCopy(area, _repeatRow + k) });
            }
            else merges.Append(new MergeCell { Reference = Insertion.Area(area) });
        }
        merges.Count = (uint)merges.ChildElements.Count;
        return merges;
    }

    private string Formula(string text, int? copyRow = null) =>
        Insertion.Formula(text, sheet => sheet is null || RowInsertion.SameSheet(sheet, _sheetName), copyRow);

    /// <summary>The rows of the layout with their indexes (a row without r follows the one before it).</summary>
    private IEnumerable<(int Index, Row Row)> Rows()
    {
        var index = 0;
        foreach (var row in _source.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            index = row.RowIndex?.Value is uint r ? (int)r : index + 1;
            yield return (index, row);
        }
    }
}
