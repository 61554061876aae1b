using System.Globalization;
using System.Text;

namespace FormHub.Cli.Tests;

public sealed class ExportCommandTests(TinyCounty county) : IClassFixture<TinyCounty>
{
    private const string Dibao = "mz-dibao-monthly";

    private CliHarness Cli => county.Cli;

    private string Output(string extension) => Path.Combine(Cli.Root, $"{Guid.NewGuid():N}.{extension}");

    [Fact]
    public async Task ExportToXlsxWritesTheTitleEveryVillageTheTownshipSubtotalAndTheTotal()
    {
        var file = Output("xlsx");
        var result = await Cli.RunAsync(["export", "--template", Dibao, "--unit", TinyCounty.County, "--period", TinyCounty.CurrentMonth.Key, "--format", "xlsx", "-o", file]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("已导出 农村最低生活保障情况月报（清溪县", result.Out);

        var cells = WorkbookCells.Read(await File.ReadAllBytesAsync(file));
        Assert.Contains(cells.Values, v => v.Contains("农村最低生活保障情况月报", StringComparison.Ordinal));
        foreach (var village in county.Villages) Assert.Contains(village.Name, cells.Values);
        Assert.Contains(county.Township.Name + "小计", cells.Values);
        Assert.Contains("合计", cells.Values);
    }

    [Fact]
    public async Task ExportToCsvHasOneLinePerVillageAndATotalThatAddsThemUp()
    {
        var file = Output("csv");
        var result = await Cli.RunAsync(["export", "--template", Dibao, "--unit", TinyCounty.County, "--period", TinyCounty.CurrentMonth.Key, "--format", "csv", "-o", file]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // Excel reads the Chinese right only with the BOM
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(["单位代码", "单位名称", "低保户数（户）"], lines[0][..3]);
        var villages = lines.Where(l => county.Villages.Any(v => v.Code.Value == l[0])).ToList();
        Assert.Equal(county.Villages.Count, villages.Count);
        var total = lines.Single(l => l[1] == "合计");
        Assert.Equal(TinyCounty.County, total[0]);
        Assert.Equal(villages.Sum(l => long.Parse(l[2], CultureInfo.InvariantCulture)), long.Parse(total[2], CultureInfo.InvariantCulture));
        Assert.Contains(lines, l => l[1] == county.Township.Name + "小计");
    }

    [Fact]
    public async Task ExportToLayoutFillsTheDepartmentsOfficialSheetWithEveryVillage()
    {
        var file = Output("xlsx");
        var result = await Cli.RunAsync(["export", "--template", Dibao, "--unit", TinyCounty.County, "--period", TinyCounty.CurrentMonth.Key, "--format", "layout", "-o", file]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var cells = WorkbookCells.Read(await File.ReadAllBytesAsync(file));
        foreach (var village in county.Villages) Assert.Contains(village.Name, cells.Values);
        Assert.DoesNotContain(cells.Values, v => v.Contains("{{", StringComparison.Ordinal)); // every placeholder filled
    }

    [Fact]
    public async Task WithoutOutputTheFileIsNamedForTheReportUnitAndPeriodInTheCurrentDirectory()
    {
        var result = await Cli.RunAsync(["export", "--template", Dibao, "--unit", TinyCounty.County, "--period", TinyCounty.CurrentMonth.Key, "--format", "csv"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = Path.GetFullPath($"农村最低生活保障情况月报_清溪县_{TinyCounty.CurrentMonth.DisplayZh}.csv");
        try
        {
            Assert.Contains(expected, result.Out);
            Assert.True(File.Exists(expected));
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Theory]
    [InlineData("no-such-report", "360835000000", null, "没有编号为“no-such-report”的报表模板")]
    [InlineData(Dibao, "360835000000", "2026Q4", "是月报，期别应写成")]
    [InlineData(Dibao, "3608", null, "区划代码“3608”不正确")]
    [InlineData(Dibao, "110101000000", null, "不在已导入的区划中")]
    public async Task ABadTemplateUnitOrPeriodIsAnInputErrorAndWritesNoFile(string template, string unit, string? period, string message)
    {
        var file = Output("xlsx");
        var args = new List<string> { "export", "--template", template, "--unit", unit, "--format", "xlsx", "-o", file };
        if (period is not null) args.AddRange(["--period", period]);
        var result = await Cli.RunAsync([.. args]);
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task HelpDescribesEveryFormat()
    {
        var result = await Cli.RunAsync(["export", "--help"]);
        Assert.Equal(0, result.ExitCode);
        foreach (var word in new[] { "--template", "--unit", "--period", "--format", "xlsx", "layout", "pdf", "csv", "-o" }) Assert.Contains(word, result.Out);
    }
}
