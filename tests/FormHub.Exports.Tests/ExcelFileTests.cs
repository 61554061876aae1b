using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

public class ExcelFileTests
{
    [Fact]
    public void TheFileNameNamesTheReportTheAreaAndThePeriodWithoutForbiddenCharacters()
    {
        var table = SampleTables.ThreeVillagesTwoTownships() with { Title = "低保/特困:月报" };
        Assert.Equal("低保_特困_月报_某县_2026年11月.xlsx", ExcelFile.FileName(table));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExcelFile.ContentType);
    }
}
