using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;

namespace FormHub.Reports.Tests;

/// <summary>Narratives are Scriban templates with Chinese formatting functions, checked strictly and limited at run time.</summary>
public class NarrativeTests
{
    private static readonly Period November = Period.Parse("2026-11");

    private static ReportTemplate Template(string narrative) => TemplateLoader.Load("n.yaml", $"""
        id: n
        version: 1
        title: 说明测试
        department: 民政
        period: monthly
        columns:
          - id: hh
            title: 户数
            value: count(households)
          - id: funds
            title: 金额
            value: sum(households, 'dibao_amount')
            digits: 2
          - id: pct
            title: 占比
            value: percent(1, 8, 1)
            digits: 1
        narrative: |
        {string.Join("\n", narrative.Split('\n').Select(l => "  " + l))}
        """);

    private static string? Render(string narrative, decimal? hh = 12, decimal? funds = 123456.5m, decimal? pct = 12.5m, decimal? previousHh = 9) =>
        new NarrativeRenderer().Render(Template(narrative), November, "上塘村委会", "361025101201",
            new Dictionary<string, object?> { ["hh"] = hh, ["funds"] = funds, ["pct"] = pct },
            new Dictionary<string, object?> { ["hh"] = previousHh });

    [Theory]
    [InlineData("{{ row.hh }}户，{{ row.funds }}元", "12户，123456.50元")]
    [InlineData("截至{{ period.end }}（{{ period.display }}）", "截至2026年11月30日（2026年11月）")]
    [InlineData("{{ value.funds | yuan }}；{{ value.funds | wan_yuan 1 }}；{{ value.funds | num }}", "123,456.50元；12.3万元；123,456.50")]
    [InlineData("{{ value.pct | percent }}，{{ value.hh | num 2 }}", "12.5%，12.00")]
    [InlineData("{{ cn_date '2026-12-01' }}，{{ period_name '2026Q4' }}", "2026年12月1日，2026年第四季度")]
    [InlineData("低保户{{ change value.hh prev.hh '户' }}", "低保户比上月增加 3 户")]
    [InlineData("{{ if value.hh > 10 }}超过十户{{ else }}不足十户{{ end }}", "超过十户")]
    [InlineData("{{ for c in ['甲', '乙'] }}{{ c }}{{ end }}", "甲乙")]
    public void ScribanNarrativesFormatTheWayChineseReportsWrite(string narrative, string expected) =>
        Assert.Equal(expected, Render(narrative));

    [Theory]
    [InlineData(9, 9, "与上月持平")]
    [InlineData(7, 9, "比上月减少 2 户")]
    [InlineData(7, null, "上月无可比数据")]
    public void ChangeAgainstThePreviousPeriodReadsAsASentence(int hh, int? previous, string expected) =>
        Assert.Equal(expected, Render("{{ change value.hh prev.hh '户' }}", hh: hh, previousHh: previous));

    [Fact]
    public void AnEmptyCellPrintsAsADash() => Assert.Equal("—户，—", Render("{{ row.hh }}户，{{ value.funds | yuan }}", hh: null, funds: null));

    [Fact]
    public void AnUnknownNameIsACheckErrorAtItsLineAndColumn()
    {
        var problem = Assert.Single(new NarrativeRenderer().Check(Template("共{{ row.hh }}户\n{{ unti.name }}")));

        Assert.Equal(("n.yaml", 20, 6), (problem.File, problem.Line, problem.Column));
        Assert.Contains("文字说明（narrative）：名称 `unti` 不存在", problem.Message.Zh);
    }

    [Fact]
    public void AMissingColumnIsACheckErrorEvenInABranchNotTaken()
    {
        var problem = Assert.Single(new NarrativeRenderer().Check(Template("{{ if false }}{{ value.hhx }}{{ end }}")));

        Assert.Equal((19, 26), (problem.Line, problem.Column)); // the column name after value.
        Assert.Contains("narrative 引用了不存在的列“hhx”（是否应为“hh”？）", problem.Message.Zh);
    }

    [Fact]
    public void ScribanSyntaxErrorsArePositioned()
    {
        var problem = Assert.Single(new NarrativeRenderer().Check(Template("共{{ row.hh }户")));

        Assert.Equal(19, problem.Line);
        Assert.Contains("文字说明（narrative）的写法有误", problem.Message.Zh);
    }

    [Fact]
    public void ARunawayLoopIsStoppedAndNamedInsteadOfRendering()
    {
        var text = Render("{{ for i in 1..1000000 }}{{ i }}{{ end }}");

        Assert.StartsWith("（模板 n（第1版）的文字说明出错：", text);
        Assert.Contains("超过循环上限", text);
    }

    [Fact]
    public void AnOverlongNarrativeIsStopped()
    {
        // 700 iterations stay under the loop limit; 700 × 40 characters pass the output limit (20,000).
        var text = Render("{{ for i in 1..700 }}{{ '很长的一句话很长的一句话很长的一句话很长的一句话很长的一句话很长的一句话很长的一句话' }}{{ end }}");

        Assert.StartsWith("（模板 n（第1版）的文字说明出错：", text);
        Assert.Contains("output", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NarrativeCannotReachDotNet()
    {
        Assert.Equal("", Render("{{ row.GetType }}{{ value.hh.GetType }}{{ unit.GetType }}"));
    }

    [Fact]
    public void WhatANarrativeAssignsDoesNotReachTheThreadsNextRender()
    {
        Assert.Equal("漏", Render("{{ leak = '漏' }}{{ func f; ret 3; end }}{{ yuan = 1 }}{{ leak }}"));

        Assert.Equal("[][]123,456.50元", Render("[{{ leak }}][{{ f }}]{{ value.funds | yuan }}"));
    }

    [Fact]
    public void ARenderStoppedByALimitLeavesTheNextRenderAndItsLimitsIntact()
    {
        Assert.Contains("超过循环上限", Render("{{ for i in 1..1000000 }}{{ i }}{{ end }}"));

        Assert.Equal("12户", Render("{{ row.hh }}户"));
        Assert.StartsWith("（模板 n（第1版）的文字说明出错：", Render("{{ for i in 1..600 }}{{ for j in 1..2 }}{{ j }}{{ end }}{{ end }}"));
        Assert.Equal("甲乙", Render("{{ for c in ['甲', '乙'] }}{{ c }}{{ end }}"));
    }

    [Fact]
    public void ARowsNarrativeDoesNotBuildAContextOfItsOwn()
    {
        // A new Scriban context is about 21 kB and rebuilds its member-accessor caches; the thread's kept one is reused.
        var renderer = new NarrativeRenderer();
        var template = Template("截至{{ period.end }}，{{ unit.name }}共{{ row.hh }}户{{ if prev.hh != null }}（{{ change value.hh prev.hh '户' }}）{{ end }}，{{ value.funds | yuan }}。");
        var values = new Dictionary<string, object?> { ["hh"] = 12m, ["funds"] = 1234.5m, ["pct"] = 1m };
        var previous = new Dictionary<string, object?> { ["hh"] = 9m };
        for (var i = 0; i < 50; i++) renderer.Render(template, November, "上塘村委会", "361025101201", values, previous);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) renderer.Render(template, November, "上塘村委会", "361025101201", values, previous);
        var perRender = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;

        Assert.True(perRender < 10_000, $"{perRender:N0} bytes per render");
    }
}
