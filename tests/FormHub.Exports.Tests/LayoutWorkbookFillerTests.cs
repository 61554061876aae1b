using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Core.Templates;
using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

/// <summary>Filling official layouts (issue 6, Excel): the three shipped layouts and layouts built the way Excel saves them.</summary>
public class LayoutWorkbookFillerTests
{
    private static readonly string LayoutsDir = RepositoryRoot.Combine("form-templates", "layouts");

    public static TheoryData<string> ShippedLayouts() => new(TemplatesWithLayouts().Select(t => t.Id));

    private static IReadOnlyList<ReportTemplate> TemplatesWithLayouts() =>
        TemplateLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "templates")).Where(t => t.Excel is not null).ToList();

    private static ReportTemplate Template(string id) => TemplatesWithLayouts().Single(t => t.Id == id);

    private static IReadOnlyList<ReportColumn> ColumnsOf(ReportTemplate t) =>
        t.Columns.Select(c => new ReportColumn(c.Id, c.Title, c.Unit, c.Digits, c.Group)).ToList();

    private static ReadBack Fill(byte[] layout, ReportTable table) => ReadBack.Of(s => LayoutWorkbookFiller.Fill(layout, table, s));

    [Fact]
    public void AllThreeShippedLayoutsFillForOneCountyReport()
    {
        var templates = TemplatesWithLayouts();
        Assert.True(templates.Count >= 3, $"{templates.Count} shipped layouts");
        foreach (var template in templates)
        {
            var layout = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "form-templates", template.Excel!));
            using var book = Fill(layout, SampleTables.ForColumns(template.Title, ColumnsOf(template), 300));
            Assert.Equal("", book.ValidationErrors());
            var cells = book.Cells();
            Assert.Equal("第300村", cells["A304"].Text);
            Assert.Equal("合计", cells["A305"].Text);
            Assert.Equal(Enumerable.Range(0, 300).Sum(v => SampleTables.Value(v, 0)), cells["B305"].Number);
        }
    }

    [Theory]
    [MemberData(nameof(ShippedLayouts))]
    public void EachShippedLayoutFillsIntoAValidWorkbookWithEveryVillageAndTheTotal(string templateId)
    {
        var template = Template(templateId);
        var layoutBytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "form-templates", template.Excel!));
        var columns = ColumnsOf(template);
        var table = SampleTables.ForColumns(template.Title, columns, villages: 7); // 7 villages in 3 townships
        using var layout = new ReadBack(layoutBytes);
        using var book = Fill(layoutBytes, table);

        Assert.Equal("", book.ValidationErrors());
        var cells = book.Cells();
        var last = CellAddressOf(columns.Count + 1);

        // Title block filled; the title itself unchanged.
        Assert.Equal(template.Title, cells["A1"].Text);
        Assert.Equal("填报单位：某县", cells["A2"].Text);
        Assert.Contains(cells.Values, c => c.Text == "2026年11月");

        // The repeat row (5) became one row per village, in order, numbers as numbers; no 小计 rows.
        for (var v = 0; v < 7; v++)
        {
            var row = 5 + v;
            Assert.Equal($"第{v + 1}村", cells[$"A{row}"].Text);
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = cells[$"{CellAddressOf(i + 2)}{row}"];
                Assert.Null(cell.Text);
                Assert.Equal(SampleTables.Value(v, i), cell.Number);
            }
        }
        Assert.DoesNotContain(cells.Values, c => c.Text?.Contains("小计", StringComparison.Ordinal) == true);

        // The total row (6) moved to 12 and holds the 合计 values; the footer (7) moved to 13 with the report date.
        Assert.Equal("合计", cells["A12"].Text);
        for (var i = 0; i < columns.Count; i++)
            Assert.Equal(Enumerable.Range(0, 7).Sum(v => SampleTables.Value(v, i)), cells[$"{CellAddressOf(i + 2)}12"].Number);
        Assert.Contains("报出日期：2026年12月5日", cells["A13"].Text);
        Assert.DoesNotContain(cells.Values, c => c.Text?.Contains("{{", StringComparison.Ordinal) == true);

        // Merged ranges: those above the repeat row unchanged, the footer's moved down by the 6 added rows.
        var before = layout.Merges();
        var after = book.Merges();
        Assert.Equal(before.Count, after.Count);
        foreach (var merge in before.Where(m => ReadBack.RowOf(m) < 5)) Assert.Contains(merge, after);
        Assert.Contains($"A7:{last}7", before);
        Assert.Contains($"A13:{last}13", after);

        // Column widths, the header styles and the repeat row's styles are the layout's own.
        Assert.Equal(Widths(layout), Widths(book));
        var layoutCells = layout.Cells();
        Assert.Equal(layoutCells["B3"].Style, cells["B3"].Style);
        for (var v = 0; v < 7; v++)
        {
            Assert.Equal(layoutCells["A5"].Style, cells[$"A{5 + v}"].Style);
            var templateFormat = layout.Format(layoutCells["B5"].Style);
            var filledFormat = book.Format(cells[$"B{5 + v}"].Style);
            Assert.Equal(templateFormat.BorderId!.Value, filledFormat.BorderId!.Value);
            Assert.Equal(templateFormat.FontId!.Value, filledFormat.FontId!.Value);
            Assert.Equal(templateFormat.Alignment!.Horizontal!.Value, filledFormat.Alignment!.Horizontal!.Value);
        }
        Assert.Equal(layout.Sheet().Descendants<Row>().Single(r => r.RowIndex! == 7).Height!.Value,
            book.Sheet().Descendants<Row>().Single(r => r.RowIndex! == 13).Height!.Value);

        // Defined names follow the rows; print titles (the header) stay.
        var names = book.DefinedNames();
        var quoted = $"'{book.SheetNames[0]}'";
        Assert.Equal($"{quoted}!$5:$11", names["FormHub.RepeatRow"]);
        Assert.Equal($"{quoted}!$12:$12", names["FormHub.TotalRow"]);
        Assert.Equal(layout.DefinedNames()["_xlnm.Print_Titles@0"], names["_xlnm.Print_Titles@0"]);
    }

    [Fact]
    public void FiguresGetTheColumnsNumberFormatWhereTheLayoutLeftGeneral()
    {
        var template = Template("mz-dibao-monthly");
        var layoutBytes = File.ReadAllBytes(Path.Combine(LayoutsDir, "mz-dibao-monthly.xlsx"));
        using var book = Fill(layoutBytes, SampleTables.ForColumns(template.Title, ColumnsOf(template), 3));
        var cells = book.Cells();
        Assert.Equal("#,##0", book.NumberFormat(cells["B5"].Style));    // hh: 户, digits unset
        Assert.Equal("#,##0.00", book.NumberFormat(cells["D5"].Style)); // funds: 元, digits 2
    }

    [Fact]
    public void ANumberFormatTheLayoutChoseIsKept()
    {
        var layout = new TestLayout()
            .Text("A5", "{{unit.name}}", TestLayout.Bordered).Text("B5", "{{row.funds}}", TestLayout.OwnFormat)
            .RepeatRow(5).Bytes();
        var columns = new[] { new ReportColumn("funds", "金额", "元", 2, null) };
        using var book = Fill(layout, SampleTables.ForColumns("t", columns, 2));
        Assert.Equal("0.0", book.NumberFormat(book.Cells()["B6"].Style));
        Assert.Equal(SampleTables.Value(1, 0), book.Cells()["B6"].Number);
    }

    [Fact]
    public void FormulasNamesMergesAndConditionalFormatsFollowTheMovedRows()
    {
        var layout = new TestLayout()
            .Text("A1", "{{unit.name}}低保月报").Merge("A1:F1")
            .Text("A3", "单位").Text("B3", "户数").Text("C3", "人数").Text("D3", "户数×2").Text("E3", "备注").Merge("E3:F3")
            .Text("A5", "{{unit.name}}", TestLayout.Bordered).Text("B5", "{{row.hh}}", TestLayout.Bordered).Text("C5", "{{row.persons}}", TestLayout.Bordered)
            .Formula("D5", "B5*2", TestLayout.Bordered).Text("E5", "", TestLayout.Bordered).Merge("E5:F5").RowHeight(5, 21)
            .Text("A6", "合计", TestLayout.Bold).Formula("B6", "SUM(B5:B5)", TestLayout.Bold).Text("C6", "{{total.persons}}", TestLayout.Bold).Formula("D6", "SUM(D$5:D5)")
            .Formula("A7", "\"户数合计：\"&B6&\"（B5:B6）\"").Formula("B7", "B6/COUNT(B5:B5)").Merge("B7:C7").RowHeight(7, 30)
            .ConditionalFormat("B5:C5", "B5>$B$6")
            .RepeatRow(5).TotalRow(6)
            .Name("_xlnm.Print_Area", "'报表'!$A$1:$F$7", localSheet: 0)
            .Name("Answer", "'报表'!$B$6")
            .Sheet("汇总").Formula("A1", "'报表'!B6+报表!C6").Text("A2", "{{period.display}} {{unit.name}}").Formula("A3", "SUM('报表'!B5:B5)")
            .Bytes();

        var columns = new[] { new ReportColumn("hh", "户数", "户", null, null), new ReportColumn("persons", "人数", "人", null, null) };
        var table = SampleTables.ThreeVillagesTwoTownships() with
        {
            Columns = columns,
            Rows = SampleTables.ThreeVillageRows().Select(r => r with { Values = r.Values.Take(2).ToArray() }).ToList(),
        };
        using var book = Fill(layout, table);
        Assert.Equal("", book.ValidationErrors());
        var cells = book.Cells("报表");

        // Villages in rows 5–7: the copied formula follows its row, like a fill-down.
        Assert.Equal(new[] { "东门村", "西门村", "河口村" }, new[] { cells["A5"].Text, cells["A6"].Text, cells["A7"].Text });
        Assert.Equal(new[] { "B5*2", "B6*2", "B7*2" }, new[] { cells["D5"].Formula, cells["D6"].Formula, cells["D7"].Formula });
        // The total row (now 8): SUM over the whole block; absolute start kept; the total placeholder filled.
        Assert.Equal("SUM(B5:B7)", cells["B8"].Formula);
        Assert.Equal("SUM(D$5:D7)", cells["D8"].Formula);
        Assert.Equal(41m, cells["C8"].Number);
        // Below the total (now 9): references to moved rows moved, text inside strings untouched.
        Assert.Equal("\"户数合计：\"&B8&\"（B5:B6）\"", cells["A9"].Formula);
        Assert.Equal("B8/COUNT(B5:B7)", cells["B9"].Formula);
        Assert.Equal(30d, book.Sheet("报表").Descendants<Row>().Single(r => r.RowIndex! == 9).Height!.Value);
        Assert.All(new[] { 5, 6, 7 }, r => Assert.Equal(21d, book.Sheet("报表").Descendants<Row>().Single(x => x.RowIndex! == (uint)r).Height!.Value));

        // Merges: above unchanged, on the repeat row repeated per village, below moved.
        var merges = book.Merges("报表");
        Assert.Equal(new[] { "A1:F1", "E3:F3", "E5:F5", "E6:F6", "E7:F7", "B9:C9" }, merges);

        // Conditional format over the block, its absolute reference to the total row moved.
        var format = book.Sheet("报表").Descendants<ConditionalFormatting>().Single();
        Assert.Equal("B5:C7", format.SequenceOfReferences!.InnerText);
        Assert.Equal("B5>$B$8", format.Descendants<Formula>().Single().Text);

        // Names and the other sheet's references to the filled sheet.
        var names = book.DefinedNames();
        Assert.Equal("'报表'!$A$1:$F$9", names["_xlnm.Print_Area@0"]);
        Assert.Equal("'报表'!$B$8", names["Answer"]);
        Assert.Equal("'报表'!$5:$7", names["FormHub.RepeatRow"]);
        var summary = book.Cells("汇总");
        Assert.Equal("'报表'!B8+报表!C8", summary["A1"].Formula);
        Assert.Equal("SUM('报表'!B5:B7)", summary["A3"].Formula);
        Assert.Equal("2026年11月 某县", summary["A2"].Text);

        // Excel recalculates on open; the stale calculation chain is gone; page header filled.
        Assert.True(book.WorkbookPart.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
        Assert.Null(book.WorkbookPart.CalculationChainPart);
        Assert.Equal("&C某县 &P", book.Sheet("报表").Descendants<OddHeader>().Single().Text);
        Assert.Equal("某县低保月报", cells["A1"].Text);
    }

    [Fact]
    public void ExcelsNamespacesAndCorePropertiesSurvive()
    {
        var layout = new TestLayout().Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").RepeatRow(5).Bytes();
        var columns = new[] { new ReportColumn("hh", "户数", "户", null, null) };
        using var book = Fill(layout, SampleTables.ForColumns("t", columns, 2));
        Assert.Equal("", book.ValidationErrors());
        var sheet = book.Sheet();
        Assert.Equal("x14ac", sheet.MCAttributes?.Ignorable?.Value);
        Assert.All(sheet.Descendants<Row>(), r => Assert.Contains(r.GetAttributes(), a => a.LocalName == "dyDescent"));
        Assert.Equal("test layout", book.Document.PackageProperties.Title);
    }

    [Fact]
    public void AnEmptyReportLeavesOneBlankVillageRow()
    {
        var layout = new TestLayout()
            .Text("A5", "{{unit.name}}", TestLayout.Bordered).Text("B5", "{{row.hh}}", TestLayout.Bordered)
            .Text("A6", "合计").Text("B6", "{{total.hh}}").Text("A7", "报出日期：{{report.date}}")
            .RepeatRow(5).TotalRow(6).Bytes();
        var table = SampleTables.ThreeVillagesTwoTownships() with { Columns = [new ReportColumn("hh", "户数", "户", null, null)], Rows = [] };
        using var book = Fill(layout, table);
        Assert.Equal("", book.ValidationErrors());
        var cells = book.Cells();
        Assert.Null(cells["A5"].Text);
        Assert.Null(cells["B5"].Number);
        Assert.Equal(TestLayout.Bordered, cells["B5"].Style);
        Assert.Equal("合计", cells["A6"].Text);
        Assert.Null(cells["B6"].Number);
        Assert.Equal("报出日期：2026年12月5日", cells["A7"].Text);
    }

    [Fact]
    public void PlaceholdersInsideTextAreWrittenAsFormattedText()
    {
        var layout = new TestLayout()
            .Text("A5", "{{unit.name}}").Text("B5", "{{row.funds}}")
            .Text("A6", "合计：{{total.funds}} 元，共 {{total.hh}} 户（{{unit.name}}）")
            .Text("A8", "{{unit.nmae}} stays as written")
            .RepeatRow(5).TotalRow(6).Bytes();
        var columns = new[] { new ReportColumn("hh", "户数", "户", null, null), new ReportColumn("funds", "金额", "元", 2, null) };
        using var book = Fill(layout, SampleTables.ForColumns("t", columns, 1));
        var cells = book.Cells();
        Assert.Equal("合计：11.25 元，共 10 户（某县）", cells["A6"].Text);
        Assert.Equal("{{unit.nmae}} stays as written", cells["A8"].Text);
    }

    [Fact]
    public void TheRowsAreReadOnceAndOnlyUnitRowsAreRepeated()
    {
        var layout = File.ReadAllBytes(Path.Combine(LayoutsDir, "mz-dibao-monthly.xlsx"));
        var template = Template("mz-dibao-monthly");
        var rows = SampleTables.ForColumns(template.Title, ColumnsOf(template), 4).Rows.ToList(); // 4 villages, 2 townships
        var once = new OneShot(rows);
        using var book = Fill(layout, SampleTables.ForColumns(template.Title, ColumnsOf(template), 0) with { Rows = once });
        var names = book.Cells().Where(kv => kv.Key.StartsWith('A')).OrderBy(kv => ReadBack.RowOf(kv.Key)).Select(kv => kv.Value.Text).ToList();
        Assert.Equal(new[] { "第1村", "第2村", "第3村", "第4村", "合计" }, names.Skip(4).Take(5));
    }

    [Fact]
    public void ALayoutWithoutARepeatRowIsRefused()
    {
        var layout = new TestLayout().Text("A1", "{{unit.name}}").Bytes();
        var e = Assert.Throws<InvalidDataException>(() => LayoutWorkbookFiller.Fill(layout, SampleTables.ThreeVillagesTwoTownships(), new MemoryStream()));
        Assert.Contains("FormHub.RepeatRow", e.Message);
    }

    [Fact]
    public async Task FillAsyncWritesTheSameWorkbookToANonSeekableStream()
    {
        var layout = File.ReadAllBytes(Path.Combine(LayoutsDir, "mz-tekun-monthly.xlsx"));
        var template = Template("mz-tekun-monthly");
        using var buffer = new MemoryStream();
        await using (var body = new ForwardOnlyStream(buffer))
            await LayoutWorkbookFiller.FillAsync(layout, SampleTables.ForColumns(template.Title, ColumnsOf(template), 3), body);
        using var book = new ReadBack(buffer.ToArray());
        Assert.Equal("", book.ValidationErrors());
        Assert.Equal("第3村", book.Cells()["A7"].Text);
    }

    private static Dictionary<uint, double> Widths(ReadBack book) =>
        book.Sheet().Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);

    private static string CellAddressOf(int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }

    /// <summary>Rows that can be enumerated only once, as a lazy query over the store would be.</summary>
    private sealed class OneShot(IEnumerable<ReportTableRow> rows) : IEnumerable<ReportTableRow>
    {
        private bool _used;

        public IEnumerator<ReportTableRow> GetEnumerator()
        {
            Assert.False(_used, "the rows were enumerated twice");
            _used = true;
            return rows.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
