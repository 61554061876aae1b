using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

public class ExportFileTests
{
    [Fact]
    public void TheFileNameNamesTheReportTheAreaAndThePeriodWithoutForbiddenCharacters()
    {
        var table = SampleTables.ThreeVillagesTwoTownships() with { Title = "低保/特困:月报" };
        Assert.Equal("低保_特困_月报_某县_2026年11月.xlsx", ExportFile.FileName(table, "xlsx"));
        Assert.Equal("低保_特困_月报_某县_2026年11月.pdf", ExportFile.FileName(table, "pdf"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFile.XlsxContentType);
    }
}
