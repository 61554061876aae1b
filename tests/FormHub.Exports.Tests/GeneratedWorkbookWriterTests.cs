using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

/// <summary>The generated workbook (issue 6, Excel): title, unit and period, two-row header, villages, 小计, 合计, formats.</summary>
public class GeneratedWorkbookWriterTests
{
    private static ReadBack Generate(ReportTable table) => ReadBack.Of(s => GeneratedWorkbookWriter.Write(table, s));

    [Fact]
    public void TheWorkbookPassesTheOpenXmlValidator()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        Assert.Equal("", book.ValidationErrors());
    }

    [Fact]
    public void VillagesSubtotalsAndTheTotalSitInTableOrderBelowTheHeader()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();

        // Header rows 3–4, then one row per table row from row 5.
        Assert.Equal("东门村", cells["A5"].Text);
        Assert.Equal("西门村", cells["A6"].Text);
        Assert.Equal("城关镇小计", cells["A7"].Text);
        Assert.Equal("河口村", cells["A8"].Text);
        Assert.Equal("河口乡小计", cells["A9"].Text);
        Assert.Equal("合计", cells["A10"].Text);

        // Values are numbers, in the column of their ReportColumn.
        Assert.Equal(10m, cells["B5"].Number);
        Assert.Equal(25m, cells["C5"].Number);
        Assert.Equal(7m, cells["E5"].Number);
        Assert.Equal(12345.5m, cells["F5"].Number);
        Assert.Null(cells["B5"].Text);
        Assert.Equal(18345.5m, cells["F7"].Number);
        Assert.Equal(23m, cells["B10"].Number);
        Assert.Equal(22345.75m, cells["F10"].Number);
        Assert.Equal(14.6m, cells["G10"].Number);

        // A value that could not be derived is an empty cell (docs/templates.md §14), still bordered like its row.
        Assert.Null(cells["G8"].Number);
        Assert.Null(cells["G8"].Text);
        Assert.Equal(1u, book.Format(cells["G8"].Style).BorderId!.Value);
        Assert.DoesNotContain(cells, kv => ReadBack.RowOf(kv.Key) == 11 && kv.Value.Number is not null);
    }

    [Fact]
    public void SubtotalAndTotalRowsAreBoldAndVillageRowsAreNot()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        foreach (var row in new[] { 7, 9, 10 })
        {
            Assert.True(book.IsBold(cells[$"A{row}"].Style), $"A{row}");
            Assert.True(book.IsBold(cells[$"B{row}"].Style), $"B{row}");
        }
        foreach (var row in new[] { 5, 6, 8 })
            Assert.False(book.IsBold(cells[$"B{row}"].Style), $"B{row}");
    }

    [Fact]
    public void NumberFormatsFollowTheColumnDigits()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        Assert.Equal("#,##0", book.NumberFormat(cells["B5"].Style));     // 户, digits unset, whole number
        Assert.Equal("#,##0.00", book.NumberFormat(cells["F5"].Style));  // 元, digits 2
        Assert.Equal("#,##0.00", book.NumberFormat(cells["F6"].Style));  // 6000 still shows 6,000.00
        Assert.Equal("#,##0.0", book.NumberFormat(cells["G5"].Style));   // %, digits 1
    }

    [Fact]
    public void DigitsUnsetShowWholeNumbersPlainAndOthersWithTwoDecimals()
    {
        var columns = new[] { new ReportColumn("x", "数", null, null, null) };
        var table = SampleTables.ForColumns("t", columns, 0) with
        {
            Rows = [SampleTables.Row(ReportRowKind.Unit, "1", "甲村", 12m), SampleTables.Row(ReportRowKind.Unit, "2", "乙村", 1.5m)],
        };
        using var book = Generate(table);
        var cells = book.Cells();
        Assert.Equal("#,##0", book.NumberFormat(cells["B4"].Style));
        Assert.Equal("#,##0.00", book.NumberFormat(cells["B5"].Style));
    }

    [Fact]
    public void TheTitleIsMergedAcrossTheTableInALargerBoldFont()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        Assert.Equal("农村最低生活保障情况月报", cells["A1"].Text);
        Assert.Contains("A1:G1", book.Merges());
        Assert.True(book.IsBold(cells["A1"].Style));
        var fonts = book.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        Assert.True(fonts[(int)book.Format(cells["A1"].Style).FontId!.Value].FontSize!.Val! > fonts[(int)book.Format(cells["B5"].Style).FontId!.Value].FontSize!.Val!);
    }

    [Fact]
    public void TheSecondRowNamesTheReportingUnitAndThePeriod()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        Assert.Equal("填报单位：某县", cells["A2"].Text);
        Assert.Contains(cells, kv => ReadBack.RowOf(kv.Key) == 2 && kv.Value.Text == "2026年11月");
    }

    [Fact]
    public void TheHeaderHasGroupCellsOverTheirColumnsAndUngroupedColumnsSpanBothRows()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        var merges = book.Merges();

        Assert.Equal("单位名称", cells["A3"].Text);
        Assert.Equal("低保户数（户）", cells["B3"].Text);
        Assert.Equal("低保人数（人）", cells["C3"].Text);
        Assert.Equal("其中", cells["D3"].Text);
        Assert.Equal("集中供养（人）", cells["D4"].Text);
        Assert.Equal("分散供养（人）", cells["E4"].Text);
        Assert.Equal("本月发放低保金（元）", cells["F3"].Text);
        Assert.Equal("集中供养占比（%）", cells["G3"].Text);

        foreach (var vertical in new[] { "A3:A4", "B3:B4", "C3:C4", "F3:F4", "G3:G4" }) Assert.Contains(vertical, merges);
        Assert.Contains("D3:E3", merges);
        Assert.DoesNotContain(merges, m => m.StartsWith("D4", StringComparison.Ordinal) || m.StartsWith("E4", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutGroupsTheHeaderIsOneRow()
    {
        var columns = new[] { new ReportColumn("hh", "低保户数", "户", null, null), new ReportColumn("persons", "低保人数", "人", null, null) };
        using var book = Generate(SampleTables.ForColumns("农村低保", columns, 3));
        var cells = book.Cells();
        Assert.Equal("低保户数（户）", cells["B3"].Text);
        Assert.Equal("第1村", cells["A4"].Text);
        Assert.DoesNotContain(book.Merges(), m => m.Contains(':') && ReadBack.RowOf(m.Split(':')[0]) == 3);
        Assert.Equal("'农村低保'!$3:$3", book.DefinedNames()["_xlnm.Print_Titles@0"]);
    }

    [Fact]
    public void PanesAreFrozenBelowTheHeaderAndRightOfTheNameColumn()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var pane = book.Sheet().Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.HorizontalSplit!.Value);
        Assert.Equal(4d, pane.VerticalSplit!.Value);
        Assert.Equal("B5", pane.TopLeftCell!.Value);
        Assert.Equal("'农村最低生活保障情况月报'!$3:$4", book.DefinedNames()["_xlnm.Print_Titles@0"]);
    }

    [Fact]
    public void TheSignatureLineIsTheLastRow()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        var last = cells.Keys.Max(ReadBack.RowOf);
        var signature = cells[$"A{last}"].Text!;
        Assert.Equal("填报单位：某县民政局　　　单位负责人：王局长　　　填表人：李填表　　　报出日期：2026年12月5日", signature);
        Assert.Contains($"A{last}:G{last}", book.Merges());
        // Narrative and completeness sit between the total and the signature.
        Assert.StartsWith("说明：截至2026年11月30日", cells["A11"].Text);
        Assert.Equal("报送情况：应报 3 个村，已报 3 个，已审核 3 个，逾期 0 个", cells["A12"].Text);
    }

    [Fact]
    public void RowsFailingACheckGetALightFillAndANote()
    {
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships());
        var cells = book.Cells();
        Assert.Equal("FFFCE4D6", book.FillRgb(cells["A8"].Style));
        Assert.Equal("FFFCE4D6", book.FillRgb(cells["C8"].Style));
        Assert.Null(book.FillRgb(cells["C5"].Style));
        Assert.Contains(cells.Values, c => c.Text?.StartsWith("注：底色标出的行未通过", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void TheSheetIsNamedAfterTheTitleWithoutForbiddenCharactersAndAtMost31Long()
    {
        var title = "关于[2026]年度:某某县*农村低保/特困/临时救助?情况\\的统计汇总表（含分乡镇明细及说明）";
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships() with { Title = title });
        var name = Assert.Single(book.SheetNames);
        Assert.True(name.Length <= 31, name);
        Assert.DoesNotContain(name, ch => "[]:*?/\\".Contains(ch));
        Assert.StartsWith("关于2026年度某某县农村低保特困临时救助情况的统计", name);
        Assert.Equal("", book.ValidationErrors());
    }

    [Fact]
    public void ColumnsAreWideEnoughForLongChineseNames()
    {
        var rows = SampleTables.ThreeVillageRows();
        rows[0] = rows[0] with { UnitName = "某某镇某某某某村民委员会第一居民小组" }; // 18 CJK characters: 36 units
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships(rows));
        var widths = book.Sheet().Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        Assert.True(widths[1] >= 36, $"name column {widths[1]}");
        Assert.True(widths[6] >= DisplayWidthOf("12,345.50"), $"funds column {widths[6]}");
    }

    [Fact]
    public void TheRowsAreEnumeratedOnceAndLazily()
    {
        var source = new CountingRows(SampleTables.ThreeVillageRows());
        using var book = Generate(SampleTables.ThreeVillagesTwoTownships(source));
        Assert.Equal(1, source.Enumerations);
        Assert.Equal("合计", book.Cells()["A10"].Text);
    }

    [Fact]
    public void ANonSeekableOutputStreamWorks()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer)) GeneratedWorkbookWriter.Write(SampleTables.ThreeVillagesTwoTownships(), forwardOnly);
        using var book = new ReadBack(buffer.ToArray());
        Assert.Equal("", book.ValidationErrors());
        Assert.Equal(22345.75m, book.Cells()["F10"].Number);
    }

    [Fact]
    public async Task WriteAsyncCopiesTheSameWorkbookToTheOutput()
    {
        using var buffer = new MemoryStream();
        await GeneratedWorkbookWriter.WriteAsync(SampleTables.ThreeVillagesTwoTownships(), buffer);
        using var book = new ReadBack(buffer.ToArray());
        Assert.Equal("", book.ValidationErrors());
        Assert.Equal("东门村", book.Cells()["A5"].Text);
    }

    [Fact]
    public void TenThousandRowsStreamIntoAValidWorkbook()
    {
        var columns = Enumerable.Range(0, 30).Select(i => new ReportColumn($"c{i}", $"指标{i}", "人", i % 3 == 0 ? 2 : null, null)).ToList();
        var table = SampleTables.ForColumns("大表", columns, 0) with { Rows = ManyRows(10_000, columns.Count) };
        using var book = Generate(table);
        var sheet = book.Sheet();
        Assert.Equal(10_000 + 3 + 1, sheet.Descendants<Row>().Count()); // title, unit line, header, rows, signature
        var last = sheet.Descendants<Row>().Single(r => r.RowIndex!.Value == 10_003);
        Assert.Equal("第10000村", last.Elements<Cell>().First().InnerText);
        Assert.Equal("", book.ValidationErrors());
    }

    private static IEnumerable<ReportTableRow> ManyRows(int count, int columns)
    {
        for (var v = 0; v < count; v++)
            yield return new ReportTableRow(ReportRowKind.Unit, v.ToString(), $"第{v + 1}村", Enumerable.Range(0, columns).Select(i => (object?)SampleTables.Value(v, i)).ToArray(), []);
    }

    private static int DisplayWidthOf(string text) => text.Length;

    private sealed class CountingRows(IReadOnlyList<ReportTableRow> rows) : IEnumerable<ReportTableRow>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<ReportTableRow> GetEnumerator()
        {
            Enumerations++;
            return rows.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>A write-only stream that cannot seek, like an HTTP response body.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
}
