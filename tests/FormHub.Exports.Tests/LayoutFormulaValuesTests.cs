using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

/// <summary>
/// A layout saved by Excel or WPS carries cached results in its formula cells (here 0, as in an empty layout). Readers
/// that trust them (LibreOffice by default, previewers, importers) must not see those stale results once it is filled.
/// </summary>
public class LayoutFormulaValuesTests
{
    private static byte[] LayoutWithCachedFormulas() => new TestLayout()
        .Text("A3", "单位").Text("B3", "户数").Text("C3", "户数×2")
        .Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").Formula("C5", "B5*2")
        .Text("A6", "合计").Formula("B6", "SUM(B5:B5)").Formula("C6", "SUM(C5:C5)")
        .RepeatRow(5).TotalRow(6)
        .Sheet("汇总").Formula("A1", "'报表'!B6")
        .Bytes();

    private static ReportTable ThreeVillages() => SampleTables.ThreeVillagesTwoTownships() with
    {
        Columns = [new ReportColumn("hh", "户数", "户", null, null)],
        Rows = SampleTables.ThreeVillageRows().Select(r => r with { Values = r.Values.Take(1).ToArray() }).ToList(),
    };

    private static byte[] Filled(byte[] layout, ReportTable table)
    {
        using var output = new MemoryStream();
        LayoutWorkbookFiller.Fill(layout, table, output);
        return output.ToArray();
    }

    [Fact]
    public async Task LibreOfficeReadsTheTotalsOfTheFilledRowsNotTheLayoutsCachedZeros()
    {
        var sheet = await LibreOfficeReader.FirstSheetAsync(Filled(LayoutWithCachedFormulas(), ThreeVillages()));

        Assert.Equal(["东门村", "10", "20"], sheet[4]);
        Assert.Equal(["西门村", "5", "10"], sheet[5]);
        Assert.Equal(["河口村", "8", "16"], sheet[6]);
        Assert.Equal(["合计", "23", "46"], sheet[7]);
    }

    [Fact]
    public void NoFormulaCellKeepsACachedResultAndTheWorkbookRecalculatesOnLoad()
    {
        using var book = new ReadBack(Filled(LayoutWithCachedFormulas(), ThreeVillages()));

        foreach (var name in new[] { "报表", "汇总" })
        {
            var formulas = book.Sheet(name).Descendants<Cell>().Where(c => c.CellFormula is not null).ToList();
            Assert.NotEmpty(formulas);
            Assert.All(formulas, c => Assert.Null(c.CellValue));
        }
        Assert.True(book.WorkbookPart.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void AConditionalFormatOnOneCellOfTheRepeatRowCoversThatColumnOfEveryVillage()
    {
        var layout = new TestLayout()
            .Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").Text("C5", "{{row.persons}}")
            .Text("A6", "合计").Formula("B6", "SUM(B5:B5)")
            .ConditionalFormat("B5", "B5>9").ConditionalFormat("A5 C5", "C5<B5").ConditionalFormat("A6", "TRUE")
            .RepeatRow(5).TotalRow(6)
            .Bytes();
        var table = SampleTables.ThreeVillagesTwoTownships() with
        {
            Columns = SampleTables.Columns.Take(2).ToList(),
            Rows = SampleTables.ThreeVillageRows().Select(r => r with { Values = r.Values.Take(2).ToArray() }).ToList(),
        };

        using var book = new ReadBack(Filled(layout, table));

        var sqrefs = book.Sheet("报表").Descendants<ConditionalFormatting>().Select(f => f.SequenceOfReferences!.InnerText).ToList();
        Assert.Equal(["B5:B7", "A5:A7 C5:C7", "A8"], sqrefs);
    }
}
