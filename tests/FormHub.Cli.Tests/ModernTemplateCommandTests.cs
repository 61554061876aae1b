using FormHub.Tests.Shared;

namespace FormHub.Cli.Tests;

/// <summary>
/// Issue 12 end to end through `formhub template check` / `preview`: a shipped template rewritten in modern JavaScript
/// gives the same row, and every hostile case is stopped with a reason naming template and column.
/// </summary>
public sealed class ModernTemplateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Shipped => RepositoryRoot.Combine("form-templates", "templates", "mz-dibao-monthly.yaml");

    [Fact]
    public async Task AShippedTemplateRewrittenWithArrowsConstAndATemplateLiteralChecksAndPreviewsTheSameRow()
    {
        await DemoHouseholds.SeedAsync(_cli);
        var original = await File.ReadAllTextAsync(Shipped);
        var modern = original
            .Replace("""
                      count(households, {dibao_status: '在保'})
                """, """
                      count(households, h => h.dibao_status === '在保')
                """)
            .Replace("""
                      sum(households, 'dibao_persons', {dibao_status: '在保'})
                """, """
                      const inPay = ({dibao_status}) => dibao_status === '在保';
                      sum(households, ({dibao_persons}) => dibao_persons, inPay)
                """)
            .Replace("value: sum(households, 'dibao_amount')   # 按月填报的发放金额", """
                value: |
                      Number(`${households.map(h => h.dibao_amount ?? 0).reduce((a, b) => a + b, 0)}`)
                """);
        Assert.NotEqual(original, modern);
        Assert.Contains("=>", modern);
        var copy = _cli.WriteFile("mz-dibao-monthly-modern.yaml", modern);

        var check = await _cli.RunAsync("template", "check", copy);
        var before = await _cli.RunAsync("template", "preview", Shipped, "--village", DemoHouseholds.Village, "--period", "2026-11");
        var after = await _cli.RunAsync("template", "preview", copy, "--village", DemoHouseholds.Village, "--period", "2026-11");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("读取字段 household.dibao_status、household.dibao_persons、household.dibao_amount", check.Out);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Matches(@"│ funds\s+│ 本月发放低保金\s+│\s+1,300.50 元 │", after.Out);
        Assert.Equal(before.Out, after.Out);
    }

    [Fact]
    public async Task EveryHostileCaseIsStoppedInPreviewWithTheTemplateAndColumnNamedWhileTheRestOfTheRowDerives()
    {
        await DemoHouseholds.SeedAsync(_cli);
        var columns = HostileCases.Failing.Select(c => (c.Column, c.Expression)).Append(("probe", HostileCases.ClrProbe)).Append(("hh", "count(households, {dibao_status: '在保'})"));
        var file = _cli.WriteFile("hostile.yaml", $"""
            id: hostile
            version: 1
            title: 恶意模板
            department: 民政
            period: monthly
            columns:
            {string.Join("\n", columns.Select(c => $"  - id: {c.Item1}\n    title: {c.Item1}\n    value: |\n" + string.Join("\n", c.Item2.Split('\n').Select(l => "      " + l))))}
            """);

        var check = await _cli.RunAsync("template", "check", file);
        var preview = await _cli.RunAsync("template", "preview", file, "--village", DemoHouseholds.Village, "--period", "2026-11");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(preview.ExitCode == 0, preview.ToString());
        // The table wraps long reasons over several lines: compare without the frame and the spaces.
        static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '│'));
        var table = Flat(preview.Out);
        foreach (var hostile in HostileCases.Failing)
        {
            Assert.Contains(Flat($"错误：模板 hostile（第1版）列“{hostile.Column}”"), table);
            Assert.Contains(Flat(hostile.Reason), table[table.IndexOf(Flat($"列“{hostile.Column}”"), StringComparison.Ordinal)..]);
        }
        Assert.Contains($"有 {HostileCases.Failing.Count} 个单元格无法计算", preview.Out);
        Assert.Matches(@"│ hh\s+│ hh\s+│\s+2\s+│", preview.Out);
        Assert.Contains("undefinedundefined", preview.Out);
        Assert.DoesNotContain("   at ", preview.Out + preview.Err);
    }

    [Fact]
    public async Task NamesThatWouldReachDotNetAreRefusedByCheckAtTheirPosition()
    {
        var file = _cli.WriteFile("clr.yaml", """
            id: clr
            version: 1
            title: 试图访问 .NET
            department: 民政
            period: monthly
            columns:
              - id: a
                title: a
                value: importNamespace('System.IO').File
            """);

        var check = await _cli.RunAsync("template", "check", file);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{file}:9:12: 未知的名称“importNamespace”", check.Err);
    }

    [Fact]
    public async Task APrintPageThatIsMissingOrMalformedIsACheckError()
    {
        var templates = Path.GetDirectoryName(_cli.WriteFile("form-templates/catalog/.keep", ""))!;
        var root = Path.GetDirectoryName(templates)!;
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("form-templates", "catalog")))
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        _cli.WriteFile("form-templates/print/broken.html.scriban", "<h1>{{ report.title }}</h1>\n<p>{{ if report.unit }}</p>");
        string Template(string name, string print) => _cli.WriteFile($"form-templates/templates/{name}.yaml", $"""
            id: {name}
            version: 1
            title: 打印测试
            department: 民政
            period: monthly
            columns:
              - id: hh
                title: 户数
                value: count(households)
            print: {print}
            """);
        var missing = Template("missing", "print/official.html.scriban");
        var broken = Template("broken", "print/broken.html.scriban");

        var check = await _cli.RunAsync("template", "check", "--templates", root, missing, broken);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{missing}:10:1: print 指向的打印页面模板“print/official.html.scriban”不存在", check.Err);
        Assert.Contains(Path.Combine(root, "print/broken.html.scriban") + ":2:", check.Err);
        Assert.Contains("打印页面模板的写法有误", check.Err);
    }
}
