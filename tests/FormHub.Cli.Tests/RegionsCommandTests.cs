namespace FormHub.Cli.Tests;

public sealed class RegionsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ImportingTheDemoCountyThenListingShowsItsVillagesIndented()
    {
        var import = await _cli.RunAsync("regions", "import", RepositoryRoot.DemoRegions);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("已导入 29 个区划（省 1、市 1、县 1、乡镇 4、村 22）", import.Out);

        var list = await _cli.RunAsync("regions", "list");
        Assert.True(list.ExitCode == 0, list.ToString());
        var lines = list.Out.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Contains(list.Out.Split('\n'), l => l == "360000000000  江西省  省");
        Assert.Contains(list.Out.Split('\n'), l => l == "        360835100200  石门村委会  村委会");
        Assert.Contains(list.Out.Split('\n'), l => l == "        360835100001  城关社区居民委员会  居委会");
        Assert.Equal(22, lines.Count(l => l.EndsWith("村委会") || l.EndsWith("居委会")));
        Assert.Equal("", list.Err);
    }

    [Fact]
    public async Task ListUnderATownshipShowsOnlyThatTownship()
    {
        await _cli.RunAsync("regions", "import", RepositoryRoot.DemoRegions);

        var list = await _cli.RunAsync("regions", "list", "--under", "360835101000");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.StartsWith("360835101000  石桥镇  乡镇", list.Out);
        Assert.Contains("  360835101200  枫树村委会  村委会", list.Out);
        Assert.DoesNotContain("石门村委会", list.Out);
        Assert.Contains("共 7 个区划（乡镇 1、村 6）", list.Out);
    }

    [Fact]
    public async Task ListUnderAMalformedCodeIsAnInputError()
    {
        var list = await _cli.RunAsync("regions", "list", "--under", "3608");

        Assert.Equal(1, list.ExitCode);
        Assert.Contains("应为12位数字", list.Err);
    }

    [Fact]
    public async Task MalformedCsvIsRejectedWithItsLineNumberAndNothingIsStored()
    {
        var csv = _cli.WriteFile("bad.csv", "code,name\n360000000000,江西省\n36080000000X,吉安市\n360835000000,清溪县\n");

        var import = await _cli.RunAsync("regions", "import", csv);

        Assert.Equal(1, import.ExitCode);
        Assert.Equal("", import.Out);
        Assert.Contains($"{csv}:3:1: 第3行：区划代码“36080000000X”应为12位数字", import.Err);
        Assert.DoesNotContain("   at ", import.Err); // no stack trace
        Assert.Equal(0, (await _cli.CountAsync()).Regions);
    }

    [Fact]
    public async Task ImportingAMissingFileIsAnInputErrorWithAChineseMessage()
    {
        var import = await _cli.RunAsync("regions", "import", Path.Combine(_cli.Root, "nonexistent.csv"));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("找不到区划文件", import.Err);
        Assert.False(File.Exists(_cli.DatabaseFile));
    }

    [Fact]
    public async Task DataDirectoryComesFromFormhubDataWhenNoOptionIsGiven()
    {
        var elsewhere = Path.Combine(_cli.Root, "from-env");

        var import = await _cli.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["FORMHUB_DATA"] = elsewhere }, "regions", "import", RepositoryRoot.DemoRegions);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(File.Exists(Path.Combine(elsewhere, "formhub.db")));
        Assert.False(File.Exists(_cli.DatabaseFile));
    }
}
