namespace FormHub.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task DemoSeedsTheDemoCountyOnceAndSummarizesTwice()
    {
        var first = await _cli.RunAsync("demo");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("存储：SQLite", first.Out);
        Assert.Contains("数据目录：3 个实体类型", first.Out);
        Assert.Contains("已导入演示区划", first.Out);
        Assert.Contains("区划数：29（省 1、市 1、县 1、乡镇 4、村 22）", first.Out);
        Assert.Matches(@"记录：[1-9]\d* 个实体、[1-9]\d* 条事件", first.Out);
        Assert.Contains("运行 ./run.sh，打开 http://localhost:5000", first.Out);

        var second = await _cli.RunAsync("demo");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("已有区划，未重复导入", second.Out);
        Assert.Contains("区划数：29", second.Out);
        Assert.Equal(29, (await _cli.CountAsync()).Regions);
    }

    [Fact]
    public async Task UnreachablePostgresIsReportedAsAConnectionFailure()
    {
        var demo = await _cli.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["FORMHUB_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3" }, "demo");

        Assert.Equal(1, demo.ExitCode);
        Assert.Contains("无法连接数据库", demo.Err);
        Assert.DoesNotContain("   at ", demo.Err);
    }

    [Fact]
    public async Task UnknownCommandIsAUsageError()
    {
        var result = await _cli.RunAsync("frobnicate");

        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual("", result.Err);
    }
}
