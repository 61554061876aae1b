namespace FormHub.Cli.Tests;

public sealed class TemplateCommandTests : IDisposable
{
    private const string Shipped = "mz-dibao-monthly";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string ShippedFile => RepositoryRoot.Combine("form-templates", "templates", Shipped + ".yaml");

    /// <summary>A template file under the test's temp folder: a valid header, then the given columns (and anything else).</summary>
    private string WriteTemplate(string name, string body, string id = "test-report") => _cli.WriteFile(name, $"""
        id: {id}
        version: 1
        title: 测试报表
        department: 民政
        period: monthly
        {body}
        """);

    [Fact]
    public async Task ShippedTemplatesPassWithOneSummaryLineEach()
    {
        var check = await _cli.RunAsync("template", "check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains(
            "✔ mz-dibao-monthly 第1版 农村最低生活保障情况月报（民政，月报）：4 列，1 条校验；读取字段 household.dibao_status、household.dibao_persons、household.dibao_amount",
            check.Out);
        Assert.Equal(Directory.GetFiles(RepositoryRoot.Combine("form-templates", "templates"), "*.yaml").Length,
            check.Out.Split('\n').Count(l => l.StartsWith("✔ ")));
        Assert.Equal("", check.Err);
    }

    [Fact]
    public async Task CheckingOneNamedFilePasses()
    {
        var check = await _cli.RunAsync("template", "check", ShippedFile);

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.StartsWith("✔ mz-dibao-monthly 第1版", check.Out);
        Assert.Contains("模板检查通过", check.Out);
    }

    [Fact]
    public async Task AQuarterlyReportReadingAMonthlyFieldWithoutSayingHowFailsAtItsLineAndColumnNamingTheHelpers()
    {
        var bad = _cli.WriteFile("quarterly.yaml", """
            id: cl-test-quarterly
            version: 1
            title: 测试季报
            department: 残联
            period: quarterly
            columns:
              - id: funds
                title: 本季发放金额
                value: sum(persons, p => p.disability_subsidy_amount)
              - id: ok
                title: 本季合计
                value: sum(persons, p => sumOfMonths(p, 'care_subsidy_amount'))
            """);

        var check = await _cli.RunAsync("template", "check", bad);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{bad}:9:32: person.disability_subsidy_amount 按月填报，本表是季报，直接读取得不到值；请写明怎样取本期各月的值：sumOfMonths(p, 'disability_subsidy_amount')（合计）", check.Err);
        Assert.DoesNotContain("care_subsidy_amount", check.Err);
    }

    [Fact]
    public async Task ACheckNamingARecordRuleThatDoesNotExistFailsAtTheIdWithTheNearestRule()
    {
        var bad = WriteTemplate("records.yaml", """
            columns:
              - id: paid
                title: 发放人数
                value: count(persons, p => p.elderly_allowance_amount > 0)
            checks:
              - rule: row.paid >= 0
                message: 有人未发放
                records: mz-elderly-unpiad
              - rule: row.paid >= 0
                message: 有人未发放
                records: mz-elderly-unpaid
            """);

        var check = await _cli.RunAsync("template", "check", bad);

        Assert.Equal(1, check.ExitCode);
        // line 13 of the file (6 header lines), at the id: the shape is right, the rule does not exist
        Assert.True(check.Err.Contains($"{bad}:13:14: records 指向的记录级规则“mz-elderly-unpiad”不存在（是否应为“mz-elderly-unpaid”？）", StringComparison.Ordinal), check.Err);
        Assert.Contains("共 1 处错误", check.Err);
    }

    [Fact]
    public async Task JavaScriptSyntaxErrorsArePointedAtTheirExactLineAndColumn()
    {
        var bad = WriteTemplate("bad.yaml", """
            columns:
              - id: hh
                title: 户数
                value: 1 + * 2
              - id: persons
                title: 人数
                value: |
                  sum(households,
                      function (h) { return h.dibao_persons => 1; })
            """);

        var check = await _cli.RunAsync("template", "check", bad);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{bad}:9:16: JavaScript 语法错误", check.Err);  // the '*' of "value: 1 + * 2"
        Assert.Contains($"{bad}:14:49: JavaScript 语法错误：意外的符号 '=>'", check.Err); // the "=>" inside the | block
        Assert.Contains("共 2 处错误", check.Err);
        Assert.DoesNotContain("   at ", check.Err);
        Assert.Equal("", check.Out);
    }

    [Fact]
    public async Task UnknownCatalogFieldIsNamedWithASuggestion()
    {
        var bad = WriteTemplate("unknown-field.yaml", """
            columns:
              - id: hh
                title: 户数
                value: |
                  count(households, {dibao_stat: '在保'})
            """);

        var check = await _cli.RunAsync("template", "check", bad);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{bad}:10:", check.Err);
        Assert.Contains("household.dibao_stat 不在数据目录中", check.Err);
        Assert.Contains("dibao_status", check.Err);
    }

    [Fact]
    public async Task NarrativeNamingAMissingColumnIsPointedAtTheReference()
    {
        var bad = WriteTemplate("narrative.yaml", """
            columns:
              - id: hh
                title: 户数
                value: count(households)
            narrative: 共{{row.hh}}户{{row.persons}}人
            """);

        var check = await _cli.RunAsync("template", "check", bad);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{bad}:10:30: narrative 引用了不存在的列“persons”", check.Err); // the column name in {{row.persons}}
    }

    [Fact]
    public async Task SameIdAndVersionInTwoFilesIsFoundAndTheGoodFileStillPasses()
    {
        var copy = _cli.WriteFile("copy.yaml", await File.ReadAllTextAsync(ShippedFile));

        var check = await _cli.RunAsync("template", "check", ShippedFile, copy);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{copy}:5:", check.Err);
        Assert.Contains("重复定义", check.Err);
        Assert.Contains("✔ mz-dibao-monthly 第1版", check.Out);
    }

    [Fact]
    public async Task MissingFileIsReportedWithoutAStackTrace()
    {
        var missing = Path.Combine(_cli.Root, "nowhere.yaml");

        var check = await _cli.RunAsync("template", "check", missing);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"找不到模板文件“{missing}”", check.Err);
        Assert.DoesNotContain("   at ", check.Err);
    }

    [Fact]
    public async Task PreviewPrintsTheVillagesRowChecksAndNarrative()
    {
        await DemoHouseholds.SeedAsync(_cli);

        var preview = await _cli.RunAsync("template", "preview", ShippedFile, "--village", DemoHouseholds.Village, "--period", "2026-11");

        Assert.True(preview.ExitCode == 0, preview.ToString());
        Assert.Contains("农村最低生活保障情况月报（mz-dibao-monthly 第1版）· 石门村委会（360835100200）· 2026年11月", preview.Out);
        Assert.Matches(@"│ hh\s+│ 低保户数\s+│\s+2 户 │", preview.Out);
        Assert.Matches(@"│ persons\s+│ 低保人数\s+│\s+5 人 │", preview.Out);
        Assert.Matches(@"│ funds\s+│ 本月发放低保金\s+│\s+1,300.50 元 │", preview.Out);
        Assert.Matches(@"│ avg\s+│ 户均月保障金\s+│\s+650.25 元 │", preview.Out);
        Assert.Contains("✔ 低保人数不能少于低保户数", preview.Out);
        Assert.Contains("说明：截至2026年11月30日，石门村委会共有农村低保户2户5人，本月发放低保金1,300.50元，户均650.25元。", preview.Out);
        Assert.Equal("", preview.Err);
        Assert.DoesNotContain("\u001b[", preview.Out);
    }

    [Fact]
    public async Task PreviewShowsAFailingCellWithItsReasonAndAFailedCheckYetExitsZero()
    {
        await DemoHouseholds.SeedAsync(_cli);
        var template = WriteTemplate("failing.yaml", """
            columns:
              - id: hh
                title: 户数
                unit: 户
                value: |
                  count(households, {dibao_status: '在保'})
              - id: broken
                title: 会出错的列
                value: (function () { throw new Error('故意出错'); })()
            checks:
              - rule: row.hh > 5
                level: warning
                message: 低保户不足 6 户
              - rule: row.hh > 10
                message: 低保户不足 11 户
            narrative: 共{{row.hh}}户
            """);

        var preview = await _cli.RunAsync("template", "preview", template, "--village", DemoHouseholds.Village, "--period", "2026-11");

        Assert.True(preview.ExitCode == 0, preview.ToString());
        Assert.Matches(@"│ hh\s+│ 户数\s+│ 2 户\s+│", preview.Out);
        Assert.Contains("错误：", preview.Out);
        Assert.Contains("故意出错", preview.Out);
        Assert.Contains("⚠ 警告：低保户不足 6 户", preview.Out);
        Assert.Contains("✘ 错误：低保户不足 11 户", preview.Out);
        Assert.Contains("说明：共2户", preview.Out);
    }

    [Fact]
    public async Task PreviewWithAQuarterForAMonthlyTemplateSaysAMonthIsExpected()
    {
        await DemoHouseholds.SeedAsync(_cli);

        var preview = await _cli.RunAsync("template", "preview", ShippedFile, "--village", DemoHouseholds.Village, "--period", "2026Q4");

        Assert.Equal(1, preview.ExitCode);
        Assert.Contains("模板“mz-dibao-monthly”是月报，--period 应为月份，如 2026-10；“2026Q4”是季度", preview.Err);
        Assert.Equal("", preview.Out);
    }

    [Theory]
    [InlineData("36083510020", "2026-11", "应为12位数字")]
    [InlineData("360835100000", "2026-11", "乡镇级代码")]
    [InlineData(DemoHouseholds.Village, "2026-13", "期别“2026-13”无效")]
    public async Task PreviewWithABadVillageOrPeriodIsAnInputError(string village, string period, string message)
    {
        var preview = await _cli.RunAsync("template", "preview", ShippedFile, "--village", village, "--period", period);

        Assert.Equal(1, preview.ExitCode);
        Assert.Contains(message, preview.Err);
    }

    [Fact]
    public async Task PreviewOfAVillageNotImportedIsAnInputError()
    {
        var preview = await _cli.RunAsync("template", "preview", ShippedFile, "--village", DemoHouseholds.Village, "--period", "2026-11");

        Assert.Equal(1, preview.ExitCode);
        Assert.Contains("不在已导入的区划中", preview.Err);
    }

    [Fact]
    public async Task PreviewOfABrokenTemplatePrintsItsProblemsAndDerivesNothing()
    {
        var bad = WriteTemplate("bad.yaml", """
            columns:
              - id: hh
                title: 户数
                value: 1 + * 2
            """);

        var preview = await _cli.RunAsync("template", "preview", bad, "--village", DemoHouseholds.Village, "--period", "2026-11");

        Assert.Equal(1, preview.ExitCode);
        Assert.Contains($"{bad}:9:16:", preview.Err);
        Assert.Equal("", preview.Out);
    }
}
