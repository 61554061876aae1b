using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Tests;

/// <summary>
/// Builds small layout workbooks the way Excel saves them (shared strings, default namespace with mc:Ignorable and
/// x14ac row attributes, a calculation chain when there are formulas), for the cases the shipped layouts do not cover.
/// </summary>
internal sealed class TestLayout
{
    private const string X14ac = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly List<SheetSpec> _sheets = [];
    private readonly List<(string Name, string Text, uint? LocalSheet)> _names = [];
    private SheetSpec _current;

    public TestLayout(string sheetName = "报表")
    {
        _current = new SheetSpec(sheetName);
        _sheets.Add(_current);
    }

    public bool PasswordOnSheet { get; init; }
    public bool PasswordOnWorkbook { get; init; }
    public bool ProtectSheetWithoutPassword { get; init; }
    public SpreadsheetDocumentType Type { get; init; } = SpreadsheetDocumentType.Workbook;

    /// <summary>Continues on another sheet.</summary>
    public TestLayout Sheet(string name)
    {
        _current = new SheetSpec(name);
        _sheets.Add(_current);
        return this;
    }

    public TestLayout Text(string cell, string text, uint style = 0) { _current.Cells[cell] = (text, null, null, style); return this; }
    public TestLayout Number(string cell, decimal number, uint style = 0) { _current.Cells[cell] = (null, number, null, style); return this; }
    public TestLayout Formula(string cell, string formula, uint style = 0) { _current.Cells[cell] = (null, null, formula, style); return this; }
    public TestLayout Merge(string area) { _current.Merges.Add(area); return this; }
    public TestLayout RowHeight(int row, double height) { _current.Heights[row] = height; return this; }
    public TestLayout ConditionalFormat(string sqref, string formula) { _current.ConditionalFormats.Add((sqref, formula)); return this; }
    public TestLayout Name(string name, string text, uint? localSheet = null) { _names.Add((name, text, localSheet)); return this; }
    public TestLayout RepeatRow(int row) => Name("FormHub.RepeatRow", $"'{_sheets[0].Name}'!${row}:${row}");
    public TestLayout TotalRow(int row) => Name("FormHub.TotalRow", $"'{_sheets[0].Name}'!${row}:${row}");

    /// <summary>Cell formats: 0 default, 1 bordered General, 2 bordered with its own format "0.0", 3 bold.</summary>
    public const uint Bordered = 1, OwnFormat = 2, Bold = 3;

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, Type))
        {
            var workbookPart = doc.AddWorkbookPart();
            var strings = new List<string>();
            int Shared(string s)
            {
                var i = strings.IndexOf(s);
                if (i >= 0) return i;
                strings.Add(s);
                return strings.Count - 1;
            }

            var sheets = new Sheets();
            var calcChain = new CalculationChain();
            for (var i = 0; i < _sheets.Count; i++)
            {
                var spec = _sheets[i];
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var rowGroup in spec.Cells.GroupBy(c => ReadBack.RowOf(c.Key)).OrderBy(g => g.Key))
                {
                    var row = new Row { RowIndex = (uint)rowGroup.Key };
                    row.SetAttribute(new OpenXmlAttribute("x14ac", "dyDescent", X14ac, "0.25"));
                    if (spec.Heights.TryGetValue(rowGroup.Key, out var h)) { row.Height = h; row.CustomHeight = true; }
                    foreach (var (reference, (text, number, formula, style)) in rowGroup.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
                    {
                        var cell = new Cell { CellReference = reference, StyleIndex = style == 0 ? null : style };
                        if (text is not null) { cell.DataType = CellValues.SharedString; cell.CellValue = new CellValue(Shared(text).ToString()); }
                        else if (number is not null) cell.CellValue = new CellValue(number.Value);
                        else if (formula is not null)
                        {
                            cell.CellFormula = new CellFormula(formula);
                            cell.CellValue = new CellValue("0");
                            calcChain.Append(new CalculationCell { CellReference = reference, SheetId = i + 1 });
                        }
                        row.Append(cell);
                    }
                    data.Append(row);
                }
                var worksheet = new Worksheet();
                worksheet.AddNamespaceDeclaration("mc", Mc);
                worksheet.AddNamespaceDeclaration("x14ac", X14ac);
                worksheet.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "x14ac" };
                worksheet.Append(new SheetDimension { Reference = "A1:H9" });
                worksheet.Append(new Columns(new Column { Min = 1, Max = 1, Width = 21.5, CustomWidth = true }, new Column { Min = 2, Max = 8, Width = 13.25, CustomWidth = true }));
                worksheet.Append(data);
                if (PasswordOnSheet && i == 0) worksheet.Append(new SheetProtection { Password = "CC3D", Sheet = true });
                else if (ProtectSheetWithoutPassword && i == 0) worksheet.Append(new SheetProtection { Sheet = true });
                if (spec.Merges.Count > 0) worksheet.Append(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)spec.Merges.Count });
                var priority = 1;
                foreach (var (sqref, formula) in spec.ConditionalFormats)
                    worksheet.Append(new ConditionalFormatting(new ConditionalFormattingRule(new Formula(formula)) { Type = ConditionalFormatValues.Expression, Priority = priority++, FormatId = 0 })
                    { SequenceOfReferences = new ListValue<StringValue> { InnerText = sqref } });
                worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
                worksheet.Append(new HeaderFooter(new OddHeader("&C{{unit.name}} &P"), new OddFooter("&L{{period.display}}")));
                part.Worksheet = worksheet;
                sheets.Append(new Sheet { Name = spec.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            }

            var workbook = new Workbook();
            if (PasswordOnWorkbook) workbook.Append(new WorkbookProtection { WorkbookPassword = "CC3D", LockStructure = true });
            workbook.Append(sheets);
            if (_names.Count > 0)
                workbook.Append(new DefinedNames(_names.Select(n => new DefinedName { Name = n.Name, Text = n.Text, LocalSheetId = n.LocalSheet })));
            workbook.Append(new CalculationProperties { CalculationId = 191029 });
            workbookPart.Workbook = workbook;

            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
                new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(
                    new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                    new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                        new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
                { Count = 2 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                    new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true },
                    new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 1, FormatId = 0, ApplyFont = true })
                { Count = 4 });

            if (strings.Count > 0)
                workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                    new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s)))) { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
            if (calcChain.HasChildren) workbookPart.AddNewPart<CalculationChainPart>().CalculationChain = calcChain;
            doc.PackageProperties.Title = "test layout";
        }
        return stream.ToArray();
    }

    private sealed class SheetSpec(string name)
    {
        public string Name { get; } = name;
        public SortedDictionary<string, (string? Text, decimal? Number, string? Formula, uint Style)> Cells { get; } = new(StringComparer.Ordinal);
        public List<string> Merges { get; } = [];
        public Dictionary<int, double> Heights { get; } = [];
        public List<(string Sqref, string Formula)> ConditionalFormats { get; } = [];
    }
}
