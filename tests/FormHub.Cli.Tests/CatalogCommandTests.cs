namespace FormHub.Cli.Tests;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ShippedCatalogPassesWithASummaryPerEntityType()
    {
        var check = await _cli.RunAsync("catalog", "check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("person 人员", check.Out);
        Assert.Contains("household 户", check.Out);
        Assert.Contains("数据目录检查通过：3 个实体类型", check.Out);
        Assert.DoesNotContain("\u001b[", check.Out); // no colour codes when not on a terminal
        Assert.Equal("", check.Err);
    }

    [Fact]
    public async Task BrokenCatalogFailsNamingFileAndLine()
    {
        var bad = _cli.WriteFile(Path.Combine("templates", "catalog", "bad.yaml"), """
            entity: thing
            label: {zh: 物品, en: Thing}
            fields:
              - name: size
                type: integer
                label: {zh: 大小, en: Size}
                owner: 统计
            """);

        var check = await _cli.RunAsync("catalog", "check", "--templates", Path.Combine(_cli.Root, "templates"));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{bad}:5:", check.Err);
        Assert.Contains("integer", check.Err);
        Assert.Contains("共 1 处错误", check.Err);
        Assert.DoesNotContain("   at ", check.Err);
    }

    [Fact]
    public async Task MissingTemplatesFolderIsAnInputError()
    {
        var check = await _cli.RunAsync("catalog", "check", "--templates", Path.Combine(_cli.Root, "nowhere"));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("不存在", check.Err);
    }
}
