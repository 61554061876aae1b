namespace FormHub.Cli.Tests;

/// <summary><c>formhub rules check</c> and <c>formhub rules run</c> (issue 18).</summary>
public sealed class RulesCommandTests(TinyCounty county) : IClassFixture<TinyCounty>
{
    [Fact]
    public async Task ShippedRulesPassWithOneSummaryLineEach()
    {
        var check = await county.Cli.RunAsync("rules", "check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("✔ rs-child-worker 未满16周岁标为务工（人社，校验，错误，person）", check.Out);
        Assert.Equal(Directory.GetFiles(RepositoryRoot.Combine("form-templates", "rules"), "*.yaml").Length,
            check.Out.Split('\n').Count(l => l.StartsWith("✔ ")));
    }

    [Fact]
    public async Task ABrokenRuleIsReportedAsFileLineAndColumnAndFailsTheCheck()
    {
        var file = county.Cli.WriteFile("bad-rule.yaml", """
            id: bad-rule
            title: 坏规则
            entity: person
            department: 民政
            when: record.agee >= 80
            message: ${record.name}
            """);

        var check = await county.Cli.RunAsync("rules", "check", file);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{file}:5:14:", check.Err);
        Assert.Contains("person.agee 不在数据目录中", check.Err);
    }

    [Fact]
    public async Task TheColdRunStoresFindingsForTheCountyAndASecondRunFindsNothingNew()
    {
        var first = await county.Cli.RunAsync("rules", "run", "--county", TinyCounty.County);
        Assert.True(first.ExitCode == 0, first.ToString());
        // every shipped rule runs
        var shipped = Directory.GetFiles(RepositoryRoot.Combine("form-templates", "rules"), "*.yaml").Length;
        Assert.Contains($"{shipped} 条规则，3 个村，现有问题", first.Out);

        var again = await county.Cli.RunAsync("rules", "run", "--county", TinyCounty.County);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("（新出现 0，已解决 0）", again.Out);
        await using var store = await county.Cli.OpenStoreAsync();
        var open = await store.ListFindingsAsync(TinyCounty.County, TinyCounty.CurrentMonth.Key);
        Assert.Contains($"现有问题 {open.Count} 条", again.Out);
    }
}
